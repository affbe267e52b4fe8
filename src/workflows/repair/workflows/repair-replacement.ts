import {
  beginClaimOrderWorkflow,
  confirmClaimRequestWorkflow,
  emitEventStep,
  orderClaimAddNewItemWorkflow,
  orderClaimItemWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { recordRepairCostActivitiesStep, touchRepairOrderForCostsStep } from "../steps/repair-cost-helpers"
import { prepareRepairReplacementStep } from "../steps/repair-replacement"

export type CreateRepairReplacementWorkflowInput = {
  repair_order_id: string
  variant_id?: string | null
  version?: number | null
  audit: AuditContext
}

/**
 * Replaces the repaired unit through the host's claim flow: a claim of type `replace` on the
 * repair's order line (reason production_failure; the defective unit is already in the
 * workshop, so no return is requested), one new unit of the variant, confirmed so the host
 * creates the new item to ship. The repair stores `claim_id` and gets outcome `replaced`.
 */
export const createRepairReplacementWorkflow = createWorkflow(
  "create-repair-replacement",
  (input: CreateRepairReplacementWorkflowInput) => {
    const prepared = prepareRepairReplacementStep(
      transform({ input }, ({ input }) => ({ repair_order_id: input.repair_order_id, variant_id: input.variant_id }))
    )
    const change = beginClaimOrderWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => ({
        order_id: prepared.order_id,
        type: "replace" as const,
        created_by: input.audit.actor_id ?? undefined,
        description: `Replacement for repair ${prepared.number}`,
        internal_note: `Repair order ${prepared.number} (${prepared.id})`,
        metadata: { aftersales_repair_order_id: prepared.id },
      })),
    })
    const claimId = transform({ change }, ({ change }) => (change as any).claim_id as string)
    orderClaimItemWorkflow.runAsStep({
      input: transform({ prepared, claimId }, ({ prepared, claimId }) => ({
        claim_id: claimId,
        items: [{ id: prepared.line_item_id, quantity: 1, reason: "production_failure" as const }],
      })),
    })
    orderClaimAddNewItemWorkflow.runAsStep({
      input: transform({ prepared, claimId }, ({ prepared, claimId }) => ({
        claim_id: claimId,
        items: [{ variant_id: prepared.variant_id, quantity: 1 }],
      })),
    })
    confirmClaimRequestWorkflow.runAsStep({
      input: transform({ input, claimId }, ({ input, claimId }) => ({
        claim_id: claimId,
        confirmed_by: input.audit.actor_id ?? undefined,
      })),
    })
    touchRepairOrderForCostsStep(
      transform({ input, prepared, claimId }, ({ input, prepared, claimId }) => ({
        id: prepared.id,
        expected_version: input.version ?? prepared.version,
        changes: { claim_id: claimId, outcome: "replaced" },
        allow_finished: true,
      }))
    )
    recordRepairCostActivitiesStep(
      transform({ input, prepared, claimId }, ({ input, prepared, claimId }) => [
        {
          repair_order_id: prepared.id,
          type: "replacement_created",
          audit: input.audit,
          is_public: true,
          data: { claim_id: claimId, variant_id: prepared.variant_id, order_id: prepared.order_id },
        },
      ])
    )
    recordAuditEntryStep(
      transform({ input, prepared, claimId }, ({ input, prepared, claimId }) => ({
        context: input.audit,
        action: "repair_order.replacement_created",
        entity_type: "repair_order",
        entity_id: prepared.id,
        before: { claim_id: null },
        after: { claim_id: claimId, outcome: "replaced" },
        metadata: { order_id: prepared.order_id, line_item_id: prepared.line_item_id, variant_id: prepared.variant_id },
      }))
    )
    emitEventStep(
      transform({ prepared, claimId }, ({ prepared, claimId }) => ({
        eventName: "repair_order.replacement_created",
        data: { id: prepared.id, number: prepared.number, order_id: prepared.order_id, claim_id: claimId },
      }))
    ).config({ name: "emit-repair-order-replacement-created" })
    return new WorkflowResponse(transform({ prepared, claimId }, ({ prepared, claimId }) => ({ id: prepared.id, claim_id: claimId })))
  }
)
