import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { deleteRoleStep } from "../steps/delete-role"
import { retrieveCustomRoleStep } from "../steps/retrieve-custom-role"

export type DeleteRoleWorkflowInput = { id: string; audit: AuditContext }

export const deleteRoleWorkflow = createWorkflow(
  "delete-aftersales-role",
  (input: DeleteRoleWorkflowInput) => {
    const role = retrieveCustomRoleStep(input.id)
    deleteRoleStep(input.id)

    const auditEntry = transform({ input, role }, ({ input, role }) => ({
      context: input.audit,
      action: "aftersales_role.deleted",
      entity_type: "aftersales_role",
      entity_id: role.id,
      before: role as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)

    const event = transform({ role }, ({ role }) => ({
      eventName: "aftersales_role.deleted",
      data: { id: role.id, name: role.name },
    }))
    emitEventStep(event)

    return new WorkflowResponse(role)
  }
)
