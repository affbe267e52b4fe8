import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AuditContext } from "../../audit/types"
import {
  prepareRepairFromTicketStep,
  RepairFromTicketInput,
} from "../steps/prepare-repair-from-ticket"
import { createRepairOrderWorkflow } from "./create-repair-order"

export type CreateRepairOrderFromTicketWorkflowInput = RepairFromTicketInput & {
  audit: AuditContext
}

/** Opens a repair order from a service ticket and links the ticket to it. */
export const createRepairOrderFromTicketWorkflow = createWorkflow(
  "create-repair-order-from-ticket",
  (input: CreateRepairOrderFromTicketWorkflowInput) => {
    const intake = prepareRepairFromTicketStep(
      transform({ input }, ({ input }) => ({ ticket_id: input.ticket_id, overrides: input.overrides }))
    )
    const created = createRepairOrderWorkflow.runAsStep({
      input: transform({ input, intake }, ({ input, intake }) => ({
        repair_order: intake,
        audit: input.audit,
      })),
    })
    return new WorkflowResponse(created)
  }
)
