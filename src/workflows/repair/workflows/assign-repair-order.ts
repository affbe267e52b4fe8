import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createRepairActivitiesStep } from "../steps/create-repair-activities"
import { notifyAssignedTechnicianStep } from "../steps/notify-assigned-technician"
import {
  prepareRepairAssignmentStep,
  PrepareRepairAssignmentInput,
} from "../steps/prepare-repair-changes"
import { updateRepairOrdersStep } from "../steps/update-repair-orders"
import { pickFields, RepairActivityInput, repairActivityActor } from "../types"

export type AssignRepairOrderWorkflowInput = PrepareRepairAssignmentInput & { audit: AuditContext }

/**
 * Gives a repair to a technician (or takes it back with null), with planned start and end.
 * Emits `repair_order.assigned` and e-mails the technician's linked admin user.
 */
export const assignRepairOrderWorkflow = createWorkflow(
  "assign-repair-order",
  (input: AssignRepairOrderWorkflowInput) => {
    const prepared = prepareRepairAssignmentStep(
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
          type: prepared.technician ? "assigned" : "unassigned",
          ...repairActivityActor(input.audit),
          data: {
            technician_id: prepared.technician?.id ?? null,
            technician_name: prepared.technician?.name ?? null,
            previous_technician_id: prepared.previous_technician_id,
            planned_start_at: prepared.changes.planned_start_at ?? null,
            planned_end_at: prepared.changes.planned_end_at ?? null,
          },
        },
      ])
    )
    recordAuditEntryStep(
      transform({ input, applied }, ({ input, applied }) => ({
        context: input.audit,
        action: "repair_order.assigned",
        entity_type: "repair_order",
        entity_id: applied.after.id,
        before: pickFields(applied.before as any, ["technician_id", "planned_start_at", "planned_end_at", "version"]),
        after: pickFields(applied.after as any, ["technician_id", "planned_start_at", "planned_end_at", "version"]),
      }))
    )
    emitEventStep(
      transform({ prepared }, ({ prepared }) => ({
        eventName: "repair_order.assigned",
        data: { id: prepared.id, number: prepared.number, technician_id: prepared.technician?.id ?? null },
      }))
    )
    notifyAssignedTechnicianStep(
      transform({ prepared }, ({ prepared }) => ({
        repair_order_id: prepared.id,
        number: prepared.number,
        technician: prepared.technician,
      }))
    )
    return new WorkflowResponse(applied.after)
  }
)
