import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  createFaultCodeStep,
  deleteFaultCodeStep,
  FaultCodeInput,
  updateFaultCodeStep,
} from "../steps/fault-codes"

export const createFaultCodeWorkflow = createWorkflow(
  "create-fault-code",
  (input: { fault_code: FaultCodeInput & { code: string; name: string }; audit: AuditContext }) => {
    const created = createFaultCodeStep(input.fault_code)
    recordAuditEntryStep(
      transform({ input, created }, ({ input, created }) => ({
        context: input.audit,
        action: "fault_code.created",
        entity_type: "fault_code",
        entity_id: created.id,
        after: created as unknown as Record<string, unknown>,
      }))
    )
    return new WorkflowResponse(created)
  }
)

export const updateFaultCodeWorkflow = createWorkflow(
  "update-fault-code",
  (input: { id: string; update: FaultCodeInput; audit: AuditContext }) => {
    const result = updateFaultCodeStep(
      transform({ input }, ({ input }) => ({ id: input.id, update: input.update }))
    )
    recordAuditEntryStep(
      transform({ input, result }, ({ input, result }) => ({
        context: input.audit,
        action: "fault_code.updated",
        entity_type: "fault_code",
        entity_id: input.id,
        before: result.before as unknown as Record<string, unknown>,
        after: result.after as unknown as Record<string, unknown>,
      }))
    )
    return new WorkflowResponse(result.after)
  }
)

export const deleteFaultCodeWorkflow = createWorkflow(
  "delete-fault-code",
  (input: { id: string; audit: AuditContext }) => {
    const before = deleteFaultCodeStep(input.id)
    recordAuditEntryStep(
      transform({ input, before }, ({ input, before }) => ({
        context: input.audit,
        action: "fault_code.deleted",
        entity_type: "fault_code",
        entity_id: input.id,
        before: before as unknown as Record<string, unknown>,
      }))
    )
    return new WorkflowResponse(before)
  }
)
