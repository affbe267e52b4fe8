import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordRepairCustomerFeedbackWorkflow } from "../../../../../workflows/repair/workflows/record-customer-feedback"
import { auditContextFrom } from "../../../../utils/audit-context"
import { retrieveStoreRepairOrder } from "../../helpers"
import { StoreRepairRatingType } from "../../validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/** The owner rates a completed or returned repair once (1-5, with optional feedback). */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreRepairRatingType>,
  res: MedusaResponse
) => {
  await recordRepairCustomerFeedbackWorkflow(req.scope)
    .run({
      input: {
        id: req.params.id,
        customer_id: req.auth_context.actor_id,
        kind: "rating",
        rating: req.validatedBody.rating,
        feedback: req.validatedBody.feedback ?? null,
        audit: auditContextFrom(req),
      },
    })
    .catch(rethrowVersionConflict)
  res.json({ repair_order: await retrieveStoreRepairOrder(req, req.params.id) })
}
