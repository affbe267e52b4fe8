import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { declineRepairQuoteWorkflow } from "../../../../../../workflows/repair/workflows/repair-quote"
import { auditContextFrom } from "../../../../../utils/audit-context"
import { respondWithStoreRepairQuote } from "../helpers"
import { StoreRepairQuoteDecisionType } from "../validators"
import { rethrowVersionConflict } from "../../../../../utils/version-conflict"

/** The customer declines the quote of an own repair: the repair is canceled and its reserved parts go back to stock. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreRepairQuoteDecisionType>,
  res: MedusaResponse
) => {
  await declineRepairQuoteWorkflow(req.scope)
    .run({
      input: {
        repair_order_id: req.params.id,
        customer_id: req.auth_context.actor_id,
        note: req.validatedBody?.note ?? null,
        audit: auditContextFrom(req),
      },
    })
    .catch(rethrowVersionConflict)
  await respondWithStoreRepairQuote(req, res)
}
