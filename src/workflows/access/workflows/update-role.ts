import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { retrieveCustomRoleStep } from "../steps/retrieve-custom-role"
import { updateRoleStep, UpdateRoleStepInput } from "../steps/update-role"

export type UpdateRoleWorkflowInput = {
  role: UpdateRoleStepInput
  audit: AuditContext
}

export const updateRoleWorkflow = createWorkflow(
  "update-aftersales-role",
  (input: UpdateRoleWorkflowInput) => {
    const before = retrieveCustomRoleStep(input.role.id)
    const role = updateRoleStep(input.role)

    const auditEntry = transform(
      { input, before, role },
      ({ input, before, role }) => ({
        context: input.audit,
        action: "aftersales_role.updated",
        entity_type: "aftersales_role",
        entity_id: role.id,
        before: before as unknown as Record<string, unknown>,
        after: role as unknown as Record<string, unknown>,
      })
    )
    recordAuditEntryStep(auditEntry)

    const event = transform({ role }, ({ role }) => ({
      eventName: "aftersales_role.updated",
      data: { id: role.id, name: role.name },
    }))
    emitEventStep(event)

    return new WorkflowResponse(role)
  }
)
