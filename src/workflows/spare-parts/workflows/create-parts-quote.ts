import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { PartsQuoteInput, resolvePartsQuoteStep } from "../steps/resolve-parts-quote"

/**
 * A parts quote is a host draft order of part variants for a customer, created through the
 * host's own order workflow exactly as the draft-orders admin does; staff then finish it
 * (shipping, prices, conversion to an order) in the host's draft-orders pages.
 */
export const createPartsQuoteWorkflow = createWorkflow(
  "create-parts-quote",
  (input: PartsQuoteInput & { audit: AuditContext }) => {
    const orderInput = resolvePartsQuoteStep(input)
    const draftOrder = createOrderWorkflow.runAsStep({ input: orderInput as any })
    recordAuditEntryStep(
      transform({ input, draftOrder }, ({ input, draftOrder }) => ({
        context: input.audit,
        action: "parts_quote.created",
        entity_type: "order",
        entity_id: draftOrder.id,
        after: { draft_order_id: draftOrder.id, customer_id: input.customer_id, lines: input.lines },
      }))
    )
    return new WorkflowResponse(transform({ draftOrder }, ({ draftOrder }) => ({ id: draftOrder.id })))
  }
)
