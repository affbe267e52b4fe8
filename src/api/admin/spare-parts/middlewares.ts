import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import { isSparePartId } from "./helpers"
import {
  listPartSuppliersTransformQueryConfig,
  listReorderPoliciesTransformQueryConfig,
  listSparePartsTransformQueryConfig,
  retrievePartSupplierTransformQueryConfig,
  retrieveReorderPolicyTransformQueryConfig,
  retrieveSparePartTransformQueryConfig,
} from "./query-config"
import {
  AdminCreatePartSupplier,
  AdminCreateSparePart,
  AdminExportSparePartsParams,
  AdminGetSparePartParams,
  AdminGetSparePartsParams,
  AdminImportSpareParts,
  AdminUpdatePartSupplier,
  AdminUpdateSparePart,
  AdminUpsertReorderPolicy,
} from "./validators"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/**
 * Express runs the middlewares of every matching matcher, and `/admin/spare-parts/:id` also
 * matches the static sub-routes (`/import`, `/export`, and those other features add under
 * /admin/spare-parts): the part routes' permission and validators run only for part ids,
 * and the part handlers answer 404 for anything else (assertSparePartId).
 */
const forPartIds =
  (...middlewares: Middleware[]): Middleware[] =>
    middlewares.map((middleware) => (req, res, next) =>
      isSparePartId(req.params.id) ? middleware(req, res, next) : next()
    )

export const adminSparePartRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/spare-parts",
    middlewares: [
      requirePermission("spare_parts:read"),
      validateAndTransformQuery(AdminGetSparePartsParams, listSparePartsTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/spare-parts",
    middlewares: [
      requirePermission("spare_parts:write"),
      validateAndTransformBody(AdminCreateSparePart),
      validateAndTransformQuery(AdminGetSparePartParams, retrieveSparePartTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/spare-parts/import",
    middlewares: [requirePermission("spare_parts:write"), validateAndTransformBody(AdminImportSpareParts)],
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/export",
    middlewares: [
      requirePermission("spare_parts:export"),
      validateAndTransformQuery(AdminExportSparePartsParams, { defaults: [], isList: false }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/:id",
    middlewares: forPartIds(
      requirePermission("spare_parts:read"),
      validateAndTransformQuery(AdminGetSparePartParams, retrieveSparePartTransformQueryConfig),
    ),
  },
  {
    method: ["POST"],
    matcher: "/admin/spare-parts/:id",
    middlewares: forPartIds(
      requirePermission("spare_parts:write"),
      validateAndTransformBody(AdminUpdateSparePart),
      validateAndTransformQuery(AdminGetSparePartParams, retrieveSparePartTransformQueryConfig),
    ),
  },
  {
    method: ["DELETE"],
    matcher: "/admin/spare-parts/:id",
    middlewares: forPartIds(requirePermission("spare_parts:write")),
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/:id/suppliers",
    middlewares: [
      requirePermission("spare_parts:read"),
      validateAndTransformQuery(AdminGetSparePartParams, listPartSuppliersTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/spare-parts/:id/suppliers",
    middlewares: [
      requirePermission("spare_parts:write"),
      validateAndTransformBody(AdminCreatePartSupplier),
      validateAndTransformQuery(AdminGetSparePartParams, retrievePartSupplierTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/spare-parts/:id/suppliers/:offer_id",
    middlewares: [
      requirePermission("spare_parts:write"),
      validateAndTransformBody(AdminUpdatePartSupplier),
      validateAndTransformQuery(AdminGetSparePartParams, retrievePartSupplierTransformQueryConfig),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/spare-parts/:id/suppliers/:offer_id",
    middlewares: [requirePermission("spare_parts:write")],
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/:id/reorder-policies",
    middlewares: [
      requirePermission("spare_parts:read"),
      validateAndTransformQuery(AdminGetSparePartParams, listReorderPoliciesTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/spare-parts/:id/reorder-policies",
    middlewares: [
      requirePermission("spare_parts:configure"),
      validateAndTransformBody(AdminUpsertReorderPolicy),
      validateAndTransformQuery(AdminGetSparePartParams, retrieveReorderPolicyTransformQueryConfig),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/spare-parts/:id/reorder-policies/:policy_id",
    middlewares: [requirePermission("spare_parts:configure")],
  },
]
