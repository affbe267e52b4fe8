import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createRepairActivitiesStep } from "../steps/create-repair-activities"
import { updateRepairOrdersStep } from "../steps/update-repair-orders"
import { RepairActivityInput, repairActivityActor } from "../types"

/**
 * Notes that a shipped-in unit arrived while its repair cannot move to `received` yet (e.g.
 * it still waits for approval): received_at is set and the timeline says so; the stage is
 * left to staff.
 */
export const recordRepairUnitReceivedWorkflow = createWorkflow(
  "record-repair-unit-received",
  (input: { repair_order_id: string; return_id: string; audit: AuditContext }) => {
    const applied = updateRepairOrdersStep(
      transform({ input }, ({ input }) => [
        { id: input.repair_order_id, expected_version: null, changes: { received_at: new Date() } },
      ])
    )
    createRepairActivitiesStep(
      transform({ input }, ({ input }): RepairActivityInput[] => [
        {
          repair_order_id: input.repair_order_id,
          type: "unit_received",
          ...repairActivityActor(input.audit),
          is_public: true,
          data: { return_id: input.return_id },
        },
      ])
    )
    recordAuditEntryStep(
      transform({ input, applied }, ({ input, applied }) => ({
        context: input.audit,
        action: "repair_order.unit_received",
        entity_type: "repair_order",
        entity_id: input.repair_order_id,
        before: { received_at: (applied[0].before as any).received_at ?? null },
        after: { received_at: (applied[0].after as any).received_at ?? null },
        metadata: { return_id: input.return_id },
      }))
    )
    return new WorkflowResponse(applied[0].after)
  }
)
