import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { deleteRoleAssignmentStep } from "../steps/delete-role-assignment"

export type UnassignRoleWorkflowInput = { id: string; audit: AuditContext }

export const unassignRoleWorkflow = createWorkflow(
  "unassign-aftersales-role",
  (input: UnassignRoleWorkflowInput) => {
    const removed = deleteRoleAssignmentStep(input.id)

    const auditEntry = transform({ input, removed }, ({ input, removed }) => ({
      context: input.audit,
      action: "aftersales_role.unassigned",
      entity_type: "aftersales_role_assignment",
      entity_id: removed.id,
      before: {
        role_id: removed.role_id,
        role_name: removed.role_name,
        actor_type: removed.actor_type,
        actor_id: removed.actor_id,
      },
    }))
    recordAuditEntryStep(auditEntry)

    const event = transform({ removed }, ({ removed }) => ({
      eventName: "aftersales_role.unassigned",
      data: removed,
    }))
    emitEventStep(event)

    return new WorkflowResponse(removed)
  }
)
