import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createRepairActivitiesStep } from "../steps/create-repair-activities"
import {
  prepareCustomerFeedbackStep,
  PrepareCustomerFeedbackInput,
} from "../steps/prepare-repair-changes"
import { updateRepairOrdersStep } from "../steps/update-repair-orders"
import { pickFields, RepairActivityInput, repairActivityActor } from "../types"

export type RecordRepairCustomerFeedbackWorkflowInput = PrepareCustomerFeedbackInput & {
  audit: AuditContext
}

/**
 * The customer accepts (or disputes) the result of their repair, or rates it 1-5 with
 * feedback. Rating emits `repair_order.rated`.
 */
export const recordRepairCustomerFeedbackWorkflow = createWorkflow(
  "record-repair-customer-feedback",
  (input: RecordRepairCustomerFeedbackWorkflowInput) => {
    const prepared = prepareCustomerFeedbackStep(
      transform({ input }, ({ input }) => {
        const { audit, ...rest } = input
        return rest
      })
    )
    const appliedList = updateRepairOrdersStep(
      transform({ prepared }, ({ prepared }) => [
        { id: prepared.id, expected_version: prepared.expected_version, changes: prepared.changes },
      ])
    )
    const applied = transform({ appliedList }, ({ appliedList }) => appliedList[0])
    createRepairActivitiesStep(
      transform({ input, prepared }, ({ input, prepared }): RepairActivityInput[] => [
        {
          repair_order_id: prepared.id,
          type:
            input.kind === "rating"
              ? "rated"
              : input.accepted
                ? "customer_accepted"
                : "customer_disputed",
          ...repairActivityActor(input.audit),
          is_public: true,
          data: {
            ...(input.kind === "rating" && { rating: input.rating }),
            feedback: input.feedback ?? null,
          },
        },
      ])
    )
    recordAuditEntryStep(
      transform({ input, applied }, ({ input, applied }) => {
        const fields = ["customer_rating", "customer_feedback", "customer_accepted_at", "version"]
        return {
          context: input.audit,
          action: input.kind === "rating" ? "repair_order.rated" : "repair_order.customer_acceptance",
          entity_type: "repair_order",
          entity_id: applied.after.id,
          before: pickFields(applied.before as any, fields),
          after: pickFields(applied.after as any, fields),
          metadata: input.kind === "acceptance" ? { accepted: !!input.accepted } : null,
        }
      })
    )
    emitEventStep(
      transform({ input, prepared }, ({ input, prepared }) => ({
        eventName: "repair_order.rated",
        data:
          input.kind === "rating"
            ? [{ id: prepared.id, number: prepared.number, rating: input.rating }]
            : [],
      }))
    )
    return new WorkflowResponse(applied.after)
  }
)
