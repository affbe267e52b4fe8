import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createRepairActivitiesStep } from "../steps/create-repair-activities"
import {
  prepareRepairTransitionStep,
  PrepareRepairTransitionInput,
} from "../steps/prepare-repair-transition"
import { releaseRepairPartsStep } from "../steps/release-repair-parts"
import { updateRepairOrdersStep } from "../steps/update-repair-orders"
import {
  pickFields,
  REPAIR_LIFECYCLE_FIELDS,
  RepairActivityInput,
  repairActivityActor,
} from "../types"

export type TransitionRepairOrderWorkflowInput = PrepareRepairTransitionInput & {
  /** Shown on the timeline (the customer sees it too). */
  note?: string | null
  /** Extra data for the timeline entry (e.g. the quality check). */
  activity_data?: Record<string, unknown> | null
  audit: AuditContext
}

/**
 * Moves a repair order along its pipeline. Of two moves from the same version exactly one
 * wins (409 for the other). Canceling gives reserved parts back to stock. Emits
 * `repair_order.status_changed` and, by target, `repair_order.approved`, `.completed` or
 * `.canceled`.
 */
export const transitionRepairOrderWorkflow = createWorkflow(
  "transition-repair-order",
  (input: TransitionRepairOrderWorkflowInput) => {
    const prepared = prepareRepairTransitionStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        to_stage: input.to_stage,
        expected_version: input.expected_version,
        outcome: input.outcome,
        resolution_notes: input.resolution_notes,
        extra_changes: input.extra_changes,
      }))
    )
    const appliedList = updateRepairOrdersStep(
      transform({ prepared }, ({ prepared }) => [
        { id: prepared.id, expected_version: prepared.expected_version, changes: prepared.changes },
      ])
    )
    const applied = transform({ appliedList }, ({ appliedList }) => appliedList[0])

    when({ prepared }, ({ prepared }) => prepared.to.category === "canceled").then(() => {
      releaseRepairPartsStep(
        transform({ prepared }, ({ prepared }) => ({ repair_order_id: prepared.id }))
      )
    })

    createRepairActivitiesStep(
      transform({ input, prepared }, ({ input, prepared }): RepairActivityInput[] => [
        {
          repair_order_id: prepared.id,
          type: "stage_changed",
          ...repairActivityActor(input.audit),
          from_stage: prepared.from.stage,
          to_stage: prepared.to.stage,
          is_public: true,
          data: {
            transition: prepared.transition_name,
            from_category: prepared.from.category,
            to_category: prepared.to.category,
            note: input.note ?? null,
            ...(prepared.outcome && { outcome: prepared.outcome }),
            ...(input.activity_data ?? {}),
          },
        },
      ])
    )

    recordAuditEntryStep(
      transform({ input, applied }, ({ input, applied }) => ({
        context: input.audit,
        action: "repair_order.stage_changed",
        entity_type: "repair_order",
        entity_id: applied.after.id,
        before: pickFields(applied.before as any, REPAIR_LIFECYCLE_FIELDS),
        after: pickFields(applied.after as any, REPAIR_LIFECYCLE_FIELDS),
        metadata: input.note ? { note: input.note } : null,
      }))
    )

    const events = transform({ input, prepared, applied }, ({ input, prepared, applied }) => {
      const base = { id: prepared.id, number: prepared.number }
      const actor = input.audit.actor_id ?? null
      return {
        changed: {
          eventName: "repair_order.status_changed",
          data: {
            ...base,
            from_stage: prepared.from.stage,
            to_stage: prepared.to.stage,
            stage_category: prepared.to.category,
            actor_id: actor,
          },
        },
        approved: {
          eventName: "repair_order.approved",
          data: prepared.to.stage === "approved" ? [{ ...base, actor_id: actor }] : [],
        },
        completed: {
          eventName: "repair_order.completed",
          data:
            prepared.to.stage === "completed"
              ? [
                  {
                    ...base,
                    outcome: (applied.after as any).outcome ?? prepared.outcome,
                    technician_id: (applied.after as any).technician_id ?? null,
                  },
                ]
              : [],
        },
        canceled: {
          eventName: "repair_order.canceled",
          data: prepared.to.category === "canceled" ? [{ ...base, actor_id: actor }] : [],
        },
      }
    })
    emitEventStep(events.changed).config({ name: "emit-repair-order-status-changed" })
    emitEventStep(events.approved).config({ name: "emit-repair-order-approved" })
    emitEventStep(events.completed).config({ name: "emit-repair-order-completed" })
    emitEventStep(events.canceled).config({ name: "emit-repair-order-canceled" })

    return new WorkflowResponse(applied.after)
  }
)
