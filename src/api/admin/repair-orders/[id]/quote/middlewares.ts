import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../../../utils/require-permission"
import { retrieveRepairQuoteQueryConfig } from "./query-config"
import { AdminGetRepairQuoteParams, AdminSendRepairQuote } from "./validators"

/** Sending a price to the customer is a commercial decision: repair_orders:approve. */
export const adminRepairQuoteRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id/quote",
    middlewares: [
      requirePermission("repair_orders:approve"),
      validateAndTransformBody(AdminSendRepairQuote),
      validateAndTransformQuery(AdminGetRepairQuoteParams, retrieveRepairQuoteQueryConfig),
    ],
  },
]
