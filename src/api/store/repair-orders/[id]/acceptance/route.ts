import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordRepairCustomerFeedbackWorkflow } from "../../../../../workflows/repair/workflows/record-customer-feedback"
import { auditContextFrom } from "../../../../utils/audit-context"
import { retrieveStoreRepairOrder } from "../../helpers"
import { StoreRepairAcceptanceType } from "../../validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/** The owner accepts the result of a finished repair, or disputes it with feedback. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreRepairAcceptanceType>,
  res: MedusaResponse
) => {
  await recordRepairCustomerFeedbackWorkflow(req.scope)
    .run({
      input: {
        id: req.params.id,
        customer_id: req.auth_context.actor_id,
        kind: "acceptance",
        accepted: req.validatedBody.accepted,
        feedback: req.validatedBody.feedback ?? null,
        audit: auditContextFrom(req),
      },
    })
    .catch(rethrowVersionConflict)
  res.json({ repair_order: await retrieveStoreRepairOrder(req, req.params.id) })
}
