import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createRoleAssignmentStep } from "../steps/create-role-assignment"

export type AssignRoleWorkflowInput = {
  role_id: string
  actor_id: string
  actor_type: "user" | "api-key"
  audit: AuditContext
}

export const assignRoleWorkflow = createWorkflow(
  "assign-aftersales-role",
  (input: AssignRoleWorkflowInput) => {
    const assignmentInput = transform({ input }, ({ input }) => ({
      role_id: input.role_id,
      actor_id: input.actor_id,
      actor_type: input.actor_type,
      assigned_by: input.audit.actor_id,
    }))
    const assignment = createRoleAssignmentStep(assignmentInput)

    const auditEntry = transform(
      { input, assignment },
      ({ input, assignment }) => ({
        context: input.audit,
        action: "aftersales_role.assigned",
        entity_type: "aftersales_role_assignment",
        entity_id: assignment.id,
        after: {
          role_id: assignment.role_id,
          role_name: assignment.role_name,
          actor_type: assignment.actor_type,
          actor_id: assignment.actor_id,
        },
      })
    )
    recordAuditEntryStep(auditEntry)

    const event = transform({ assignment }, ({ assignment }) => ({
      eventName: "aftersales_role.assigned",
      data: {
        id: assignment.id,
        role_id: assignment.role_id,
        role_name: assignment.role_name,
        actor_type: assignment.actor_type,
        actor_id: assignment.actor_id,
      },
    }))
    emitEventStep(event)

    return new WorkflowResponse(assignment)
  }
)
