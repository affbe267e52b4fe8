import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  createCannedResponseStep,
  CreateCannedResponseInput,
} from "../steps/create-canned-response"
import { deleteCannedResponseStep } from "../steps/delete-canned-response"
import {
  updateCannedResponseStep,
  UpdateCannedResponseInput,
} from "../steps/update-canned-response"

export const createCannedResponseWorkflow = createWorkflow(
  "create-canned-response",
  (input: { canned_response: CreateCannedResponseInput; audit: AuditContext }) => {
    const createInput = transform({ input }, ({ input }) => ({
      ...input.canned_response,
      created_by: input.audit.actor_id,
    }))
    const response = createCannedResponseStep(createInput)
    const auditEntry = transform({ input, response }, ({ input, response }) => ({
      context: input.audit,
      action: "canned_response.created",
      entity_type: "canned_response",
      entity_id: response.id,
      after: response as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(response)
  }
)

export const updateCannedResponseWorkflow = createWorkflow(
  "update-canned-response",
  (input: { canned_response: UpdateCannedResponseInput; audit: AuditContext }) => {
    const updated = updateCannedResponseStep(input.canned_response)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action: "canned_response.updated",
      entity_type: "canned_response",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record<string, unknown>,
      after: updated.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(updated.after)
  }
)

export const deleteCannedResponseWorkflow = createWorkflow(
  "delete-canned-response",
  (input: { id: string; audit: AuditContext }) => {
    const response = deleteCannedResponseStep(input.id)
    const auditEntry = transform({ input, response }, ({ input, response }) => ({
      context: input.audit,
      action: "canned_response.deleted",
      entity_type: "canned_response",
      entity_id: response.id,
      before: response as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(response)
  }
)
