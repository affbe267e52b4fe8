import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listPurchaseRequisitionsTransformQueryConfig,
  retrievePurchaseRequisitionTransformQueryConfig,
} from "./query-config"
import {
  AdminCancelPurchaseRequisition,
  AdminConvertPurchaseRequisitions,
  AdminCreatePurchaseRequisition,
  AdminEmptyBody,
  AdminGetPurchaseRequisitionParams,
  AdminGetPurchaseRequisitionsParams,
  AdminRejectPurchaseRequisition,
  AdminUpdatePurchaseRequisition,
} from "./validators"

const retrieve = validateAndTransformQuery(
  AdminGetPurchaseRequisitionParams,
  retrievePurchaseRequisitionTransformQueryConfig
)

export const adminPurchaseRequisitionRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/purchase-requisitions",
    middlewares: [
      requirePermission("purchasing:read"),
      validateAndTransformQuery(
        AdminGetPurchaseRequisitionsParams,
        listPurchaseRequisitionsTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-requisitions",
    middlewares: [
      requirePermission("purchasing:write"),
      validateAndTransformBody(AdminCreatePurchaseRequisition),
      retrieve,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-requisitions/convert",
    middlewares: [
      requirePermission("purchasing:write"),
      validateAndTransformBody(AdminConvertPurchaseRequisitions),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/purchase-requisitions/:id",
    middlewares: [requirePermission("purchasing:read"), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-requisitions/:id",
    middlewares: [
      requirePermission("purchasing:write"),
      validateAndTransformBody(AdminUpdatePurchaseRequisition),
      retrieve,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-requisitions/:id/submit",
    middlewares: [requirePermission("purchasing:write"), validateAndTransformBody(AdminEmptyBody), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-requisitions/:id/approve",
    middlewares: [requirePermission("purchasing:approve"), validateAndTransformBody(AdminEmptyBody), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-requisitions/:id/reject",
    middlewares: [
      requirePermission("purchasing:approve"),
      validateAndTransformBody(AdminRejectPurchaseRequisition),
      retrieve,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-requisitions/:id/cancel",
    middlewares: [
      requirePermission("purchasing:write"),
      validateAndTransformBody(AdminCancelPurchaseRequisition),
      retrieve,
    ],
  },
]
