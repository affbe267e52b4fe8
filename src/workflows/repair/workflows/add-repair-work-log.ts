import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createRepairActivitiesStep } from "../steps/create-repair-activities"
import { createRepairWorkLogStep } from "../steps/create-repair-work-log"
import { prepareRepairWorkLogStep } from "../steps/prepare-repair-changes"
import { RepairActivityInput, repairActivityActor } from "../types"

export type AddRepairWorkLogWorkflowInput = {
  repair_order_id: string
  technician_id?: string | null
  note: string
  minutes: number
  started_at?: Date | string | null
  audit: AuditContext
}

/** Records work done on a repair (note and minutes) by the signed-in user. */
export const addRepairWorkLogWorkflow = createWorkflow(
  "add-repair-work-log",
  (input: AddRepairWorkLogWorkflowInput) => {
    const prepared = prepareRepairWorkLogStep(
      transform({ input }, ({ input }) => ({
        id: input.repair_order_id,
        author_id: input.audit.actor_id,
        technician_id: input.technician_id,
        note: input.note,
        minutes: input.minutes,
        started_at: input.started_at,
      }))
    )
    const log = createRepairWorkLogStep(
      transform({ prepared }, ({ prepared }) => ({
        repair_order_id: prepared.repair_order_id,
        technician_id: prepared.technician_id,
        author_id: prepared.author_id,
        note: prepared.note,
        minutes: prepared.minutes,
        started_at: prepared.started_at,
      }))
    )
    createRepairActivitiesStep(
      transform({ input, log }, ({ input, log }): RepairActivityInput[] => [
        {
          repair_order_id: input.repair_order_id,
          type: "work_logged",
          ...repairActivityActor(input.audit),
          data: { work_log_id: log.id, minutes: log.minutes, technician_id: log.technician_id ?? null },
        },
      ])
    )
    recordAuditEntryStep(
      transform({ input, log }, ({ input, log }) => ({
        context: input.audit,
        action: "repair_order.work_logged",
        entity_type: "repair_order",
        entity_id: input.repair_order_id,
        after: { work_log_id: log.id, minutes: log.minutes, technician_id: log.technician_id ?? null },
      }))
    )
    return new WorkflowResponse(log)
  }
)
