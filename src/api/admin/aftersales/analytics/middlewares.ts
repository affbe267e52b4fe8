import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { requirePermission } from "../../../utils/require-permission"
import { AdminRepairAnalyticsParams } from "./validators"

/**
 * Repair analytics are figures over repair orders: whoever may read repair orders
 * (repair_orders:read) may read them.
 */
export const adminRepairAnalyticsRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/aftersales/analytics/repairs",
    middlewares: [
      requirePermission("repair_orders:read"),
      validateAndTransformQuery(AdminRepairAnalyticsParams, { defaults: [], isList: false }),
    ],
  },
]
