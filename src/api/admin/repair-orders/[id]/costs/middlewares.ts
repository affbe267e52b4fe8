import { MiddlewareRoute } from "@medusajs/framework/http"
import { requirePermission } from "../../../../utils/require-permission"

export const adminRepairCostRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/repair-orders/:id/costs",
    middlewares: [requirePermission("repair_orders:read")],
  },
]
