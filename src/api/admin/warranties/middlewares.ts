import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import { isRegistrationId } from "./helpers"
import { listWarrantiesTransformQueryConfig, retrieveWarrantyTransformQueryConfig } from "./query-config"
import {
  AdminCreateWarranty,
  AdminExportWarrantiesParams,
  AdminGetWarrantiesParams,
  AdminGetWarrantyParams,
  AdminImportWarranties,
  AdminUpdateWarranty,
  AdminUpdateWarrantySettings,
  AdminVoidWarranty,
  AdminWarrantyEntitlementParams,
} from "./validators"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/**
 * `/admin/warranties/:id` also matches the static sub-routes (`/export`, `/import`,
 * `/entitlement`, `/settings`): the registration middlewares run only for registration ids
 * (`wreg_...`); the handlers answer 404 for anything else.
 */
const forRegistrationIds =
  (...middlewares: Middleware[]): Middleware[] =>
    middlewares.map((middleware) => (req, res, next) =>
      isRegistrationId(req.params.id) ? middleware(req, res, next) : next()
    )

const retrieve = validateAndTransformQuery(AdminGetWarrantyParams, retrieveWarrantyTransformQueryConfig)

export const adminWarrantyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/warranties",
    middlewares: [
      requirePermission("warranties:read"),
      validateAndTransformQuery(AdminGetWarrantiesParams, listWarrantiesTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/warranties",
    middlewares: [requirePermission("warranties:write"), validateAndTransformBody(AdminCreateWarranty), retrieve],
  },
  {
    method: ["GET"],
    matcher: "/admin/warranties/export",
    middlewares: [
      requirePermission("warranties:export"),
      validateAndTransformQuery(AdminExportWarrantiesParams, { defaults: [], isList: false }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/warranties/import",
    middlewares: [requirePermission("warranties:write"), validateAndTransformBody(AdminImportWarranties)],
  },
  {
    method: ["GET"],
    matcher: "/admin/warranties/entitlement",
    middlewares: [
      requirePermission("warranties:read"),
      validateAndTransformQuery(AdminWarrantyEntitlementParams, { defaults: [], isList: false }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/warranties/settings",
    middlewares: [requirePermission("warranties:read")],
  },
  {
    method: ["POST"],
    matcher: "/admin/warranties/settings",
    middlewares: [requirePermission("warranties:configure"), validateAndTransformBody(AdminUpdateWarrantySettings)],
  },
  {
    method: ["GET"],
    matcher: "/admin/warranties/:id",
    middlewares: forRegistrationIds(requirePermission("warranties:read"), retrieve),
  },
  {
    method: ["POST"],
    matcher: "/admin/warranties/:id",
    middlewares: forRegistrationIds(
      requirePermission("warranties:write"),
      validateAndTransformBody(AdminUpdateWarranty),
      retrieve
    ),
  },
  {
    method: ["POST"],
    matcher: "/admin/warranties/:id/void",
    middlewares: [requirePermission("warranties:write"), validateAndTransformBody(AdminVoidWarranty), retrieve],
  },
]
