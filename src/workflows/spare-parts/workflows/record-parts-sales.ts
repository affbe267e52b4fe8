import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { AuditContext } from "../../audit/types"
import { recordSaleMovementsStep, resolveFulfilmentSalesStep, SaleMovement } from "../steps/record-parts-sales"

/**
 * Records the spare parts a host fulfilment shipped as `sale` rows in the ledger (subscriber
 * on `order.fulfillment_created`). Idempotent per fulfilment. The ledger row is the record;
 * no separate audit entry (the host's order history holds the fulfilment itself).
 */
export const recordFulfilmentPartsSalesWorkflow = createWorkflow(
  "record-fulfilment-parts-sales",
  (input: { order_id: string; fulfillment_id: string; audit: AuditContext }) => {
    const movements = resolveFulfilmentSalesStep(input)
    const recorded = recordSaleMovementsStep(
      transform({ movements, input }, ({ movements, input }) => ({
        movements,
        actor: { actor_type: input.audit.actor_type, actor_id: input.audit.actor_id },
      }))
    )
    return new WorkflowResponse(recorded)
  }
)

/** Writes already-resolved sale rows (the backfill resolves many orders per batch). */
export const recordPartsSalesWorkflow = createWorkflow(
  "record-parts-sales",
  (input: { movements: SaleMovement[]; audit: AuditContext }) => {
    const recorded = recordSaleMovementsStep(
      transform({ input }, ({ input }) => ({
        movements: input.movements,
        actor: { actor_type: input.audit.actor_type, actor_id: input.audit.actor_id },
      }))
    )
    return new WorkflowResponse(recorded)
  }
)
