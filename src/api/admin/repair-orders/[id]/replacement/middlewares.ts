import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../../../utils/require-permission"
import { retrieveRepairReplacementQueryConfig } from "./query-config"
import { AdminCreateRepairReplacement, AdminGetRepairReplacementParams } from "./validators"

/** A replacement ships a new unit at the shop's cost: repair_orders:approve. */
export const adminRepairReplacementRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id/replacement",
    middlewares: [
      requirePermission("repair_orders:approve"),
      validateAndTransformBody(AdminCreateRepairReplacement),
      validateAndTransformQuery(AdminGetRepairReplacementParams, retrieveRepairReplacementQueryConfig),
    ],
  },
]
