import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreRepairQuoteDecision } from "./validators"

const customerOnly = authenticate("customer", ["session", "bearer"])

/** Only the repair's own customer answers its quote (anyone else gets 404). */
export const storeRepairQuoteRoutesMiddlewares: MiddlewareRoute[] = (["accept", "decline"] as const).map(
  (decision): MiddlewareRoute => ({
    method: ["POST"],
    matcher: `/store/repair-orders/:id/quote/${decision}`,
    middlewares: [customerOnly, validateAndTransformBody(StoreRepairQuoteDecision)],
  })
)
