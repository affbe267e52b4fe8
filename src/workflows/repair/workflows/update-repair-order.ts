import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createRepairActivitiesStep } from "../steps/create-repair-activities"
import { prepareRepairUpdateStep, PrepareRepairUpdateInput } from "../steps/prepare-repair-changes"
import { updateRepairOrdersStep } from "../steps/update-repair-orders"
import { pickFields, RepairActivityInput, repairActivityActor } from "../types"

export type UpdateRepairOrderWorkflowInput = PrepareRepairUpdateInput & { audit: AuditContext }

/** Edits the intake and diagnosis of a repair (findings, plan, fault codes, dates...). */
export const updateRepairOrderWorkflow = createWorkflow(
  "update-repair-order",
  (input: UpdateRepairOrderWorkflowInput) => {
    const prepared = prepareRepairUpdateStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        expected_version: input.expected_version,
        update: input.update,
      }))
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
          type: "updated",
          ...repairActivityActor(input.audit),
          data: { fields: Object.keys(prepared.changes) },
        },
      ])
    )
    recordAuditEntryStep(
      transform({ input, prepared, applied }, ({ input, prepared, applied }) => ({
        context: input.audit,
        action: "repair_order.updated",
        entity_type: "repair_order",
        entity_id: prepared.id,
        before: pickFields(applied.before as any, [...Object.keys(prepared.changes), "version"]),
        after: pickFields(applied.after as any, [...Object.keys(prepared.changes), "version"]),
      }))
    )
    return new WorkflowResponse(applied.after)
  }
)
