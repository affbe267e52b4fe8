import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import { AdminGetPartStockParams, AdminGetStockPositionsParams } from "./validators"

const plainQuery = { defaults: [], isList: false }

export const adminStockPositionRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/stock-positions",
    middlewares: [
      requirePermission("spare_parts:read"),
      validateAndTransformQuery(AdminGetStockPositionsParams, plainQuery),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/:id/stock",
    middlewares: [
      requirePermission("spare_parts:read"),
      validateAndTransformQuery(AdminGetPartStockParams, plainQuery),
    ],
  },
]
