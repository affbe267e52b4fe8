import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createRoleStep, CreateRoleStepInput } from "../steps/create-role"

export type CreateRoleWorkflowInput = {
  role: CreateRoleStepInput
  audit: AuditContext
}

export const createRoleWorkflow = createWorkflow(
  "create-aftersales-role",
  (input: CreateRoleWorkflowInput) => {
    const role = createRoleStep(input.role)

    const auditEntry = transform({ input, role }, ({ input, role }) => ({
      context: input.audit,
      action: "aftersales_role.created",
      entity_type: "aftersales_role",
      entity_id: role.id,
      after: role as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)

    const event = transform({ role }, ({ role }) => ({
      eventName: "aftersales_role.created",
      data: { id: role.id, name: role.name },
    }))
    emitEventStep(event)

    return new WorkflowResponse(role)
  }
)
