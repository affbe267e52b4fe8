import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listPurchaseOrdersTransformQueryConfig,
  retrievePurchaseOrderTransformQueryConfig,
} from "./query-config"
import {
  AdminCancelPurchaseOrder,
  AdminClosePurchaseOrder,
  AdminCreateGoodsReceipt,
  AdminCreatePurchaseOrder,
  AdminEmptyBody,
  AdminGetPurchaseOrderParams,
  AdminGetPurchaseOrdersParams,
  AdminUpdatePurchaseOrder,
} from "./validators"

const retrieve = validateAndTransformQuery(
  AdminGetPurchaseOrderParams,
  retrievePurchaseOrderTransformQueryConfig
)

export const adminPurchaseOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/purchase-orders",
    middlewares: [
      requirePermission("purchasing:read"),
      validateAndTransformQuery(AdminGetPurchaseOrdersParams, listPurchaseOrdersTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-orders",
    middlewares: [
      requirePermission("purchasing:write"),
      validateAndTransformBody(AdminCreatePurchaseOrder),
      retrieve,
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/purchase-orders/:id",
    middlewares: [requirePermission("purchasing:read"), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-orders/:id",
    middlewares: [
      requirePermission("purchasing:write"),
      validateAndTransformBody(AdminUpdatePurchaseOrder),
      retrieve,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-orders/:id/approve",
    middlewares: [requirePermission("purchasing:approve"), validateAndTransformBody(AdminEmptyBody), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-orders/:id/order",
    middlewares: [requirePermission("purchasing:write"), validateAndTransformBody(AdminEmptyBody), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-orders/:id/cancel",
    middlewares: [
      requirePermission("purchasing:write"),
      validateAndTransformBody(AdminCancelPurchaseOrder),
      retrieve,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-orders/:id/close",
    middlewares: [
      requirePermission("purchasing:write"),
      validateAndTransformBody(AdminClosePurchaseOrder),
      retrieve,
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/purchase-orders/:id/receipts",
    middlewares: [requirePermission("purchasing:read"), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-orders/:id/receipts",
    middlewares: [
      requirePermission("purchasing:write"),
      validateAndTransformBody(AdminCreateGoodsReceipt),
      retrieve,
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/purchase-orders/:id/document",
    middlewares: [requirePermission("purchasing:read")],
  },
]
