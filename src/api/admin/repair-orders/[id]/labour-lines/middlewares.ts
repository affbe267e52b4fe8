import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../../../utils/require-permission"
import { retrieveRepairLabourLineQueryConfig } from "./query-config"
import { AdminAddRepairLabourLine, AdminGetRepairLabourLineParams } from "./validators"

/** Labour lines of a repair: repair_orders:write. */
export const adminRepairLabourLineRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id/labour-lines",
    middlewares: [
      requirePermission("repair_orders:write"),
      validateAndTransformBody(AdminAddRepairLabourLine),
      validateAndTransformQuery(AdminGetRepairLabourLineParams, retrieveRepairLabourLineQueryConfig),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/repair-orders/:id/labour-lines/:line_id",
    middlewares: [requirePermission("repair_orders:write")],
  },
]
