import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import { listStockMovementsTransformQueryConfig } from "./query-config"
import { AdminGetStockMovementsParams, AdminRecordStockMovement } from "./validators"

export const adminStockMovementRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/stock-movements",
    middlewares: [
      requirePermission("spare_parts:read"),
      validateAndTransformQuery(AdminGetStockMovementsParams, listStockMovementsTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/stock-movements",
    middlewares: [
      requirePermission("spare_parts:write"),
      validateAndTransformBody(AdminRecordStockMovement),
    ],
  },
]
