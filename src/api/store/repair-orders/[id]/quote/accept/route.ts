import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptRepairQuoteWorkflow } from "../../../../../../workflows/repair/workflows/repair-quote"
import { auditContextFrom } from "../../../../../utils/audit-context"
import { respondWithStoreRepairQuote } from "../helpers"
import { StoreRepairQuoteDecisionType } from "../validators"
import { rethrowVersionConflict } from "../../../../../utils/version-conflict"

/** The customer accepts the quote of an own repair: a host draft order for the amount is created to pay through; 404 for someone else's repair, 400 without a pending quote. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreRepairQuoteDecisionType>,
  res: MedusaResponse
) => {
  await acceptRepairQuoteWorkflow(req.scope)
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
