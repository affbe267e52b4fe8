import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AuditContext } from "../../audit/types"
import { prepareQualityCheckStep } from "../steps/prepare-repair-changes"
import { transitionRepairOrderWorkflow } from "./transition-repair-order"

export type RecordQualityCheckWorkflowInput = {
  repair_order_id: string
  passed: boolean
  notes?: string | null
  outcome?: string | null
  resolution_notes?: string | null
  expected_version?: number
  audit: AuditContext
}

/**
 * Records the quality check of a repair by a second person (separation of duties): passing
 * completes it with its outcome, failing sends it back to repair. Same events as a
 * transition (`repair_order.status_changed`, `repair_order.completed`).
 */
export const recordQualityCheckWorkflow = createWorkflow(
  "record-repair-quality-check",
  (input: RecordQualityCheckWorkflowInput) => {
    const prepared = prepareQualityCheckStep(
      transform({ input }, ({ input }) => ({
        id: input.repair_order_id,
        checker_id: input.audit.actor_type === "user" ? input.audit.actor_id : null,
        passed: input.passed,
        notes: input.notes,
        outcome: input.outcome,
        resolution_notes: input.resolution_notes,
        expected_version: input.expected_version,
      }))
    )
    const result = transitionRepairOrderWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => ({
        id: prepared.id,
        to_stage: prepared.to_stage,
        expected_version: prepared.expected_version,
        outcome: prepared.outcome,
        resolution_notes: prepared.resolution_notes,
        extra_changes: prepared.extra_changes,
        activity_data: prepared.activity_data,
        note: input.notes ?? null,
        audit: input.audit,
      })),
    })
    return new WorkflowResponse(result)
  }
)
