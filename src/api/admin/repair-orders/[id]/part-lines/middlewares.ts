import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../../../utils/require-permission"
import { retrieveRepairPartLineQueryConfig } from "./query-config"
import {
  AdminAddRepairPartLine,
  AdminGetRepairPartLineParams,
  AdminRepairPartLineAction,
  AdminReturnRepairPartLine,
} from "./validators"

const partLineQuery = validateAndTransformQuery(AdminGetRepairPartLineParams, retrieveRepairPartLineQueryConfig)

/** Part lines of a repair: technicians and agents with repair_orders:write. */
export const adminRepairPartLineRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id/part-lines",
    middlewares: [requirePermission("repair_orders:write"), validateAndTransformBody(AdminAddRepairPartLine), partLineQuery],
  },
  ...(["reserve", "issue", "cancel"] as const).map(
    (action): MiddlewareRoute => ({
      method: ["POST"],
      matcher: `/admin/repair-orders/:id/part-lines/:line_id/${action}`,
      middlewares: [
        requirePermission("repair_orders:write"),
        validateAndTransformBody(AdminRepairPartLineAction),
        partLineQuery,
      ],
    })
  ),
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id/part-lines/:line_id/return",
    middlewares: [
      requirePermission("repair_orders:write"),
      validateAndTransformBody(AdminReturnRepairPartLine),
      partLineQuery,
    ],
  },
]
