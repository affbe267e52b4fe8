import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createTicketActivitiesStep } from "../steps/create-ticket-activities"
import {
  prepareTicketUpdateStep,
  ServiceTicketUpdate,
} from "../steps/prepare-ticket-update"
import { updateServiceTicketsStep } from "../steps/update-service-tickets"
import { activityActor, TicketActivityInput } from "../types"

export type UpdateServiceTicketWorkflowInput = {
  id: string
  expected_version?: number
  update: ServiceTicketUpdate
  audit: AuditContext
}

/**
 * Changes a ticket's subject, description, type, priority, tags, team, related entity or
 * metadata. A priority change gets its own timeline entry. Nothing is written when nothing
 * changes.
 */
export const updateServiceTicketWorkflow = createWorkflow(
  "update-service-ticket",
  (input: UpdateServiceTicketWorkflowInput) => {
    const prepareInput = transform({ input }, ({ input }) => ({
      id: input.id,
      expected_version: input.expected_version,
      update: input.update,
    }))
    const prepared = prepareTicketUpdateStep(prepareInput)

    when({ prepared }, ({ prepared }) => Object.keys(prepared.changes).length > 0).then(() => {
      const updates = transform({ prepared }, ({ prepared }) => [
        { id: prepared.id, expected_version: prepared.expected_version, changes: prepared.changes },
      ])
      updateServiceTicketsStep(updates)

      const activities = transform({ input, prepared }, ({ input, prepared }) => {
        const actor = activityActor(input.audit)
        const rows: TicketActivityInput[] = []
        const { priority, ...others } = prepared.changes
        if (priority !== undefined) {
          rows.push({
            ticket_id: prepared.id,
            type: "priority_changed",
            ...actor,
            data: { from: prepared.before.priority, to: priority },
          })
        }
        if (Object.keys(others).length) {
          rows.push({
            ticket_id: prepared.id,
            type: "updated",
            ...actor,
            data: {
              fields: Object.keys(others),
              changes: Object.fromEntries(
                Object.keys(others).map((field) => [
                  field,
                  { before: prepared.before[field], after: prepared.after[field] },
                ])
              ),
            },
          })
        }
        return rows
      })
      createTicketActivitiesStep(activities)

      const auditEntry = transform({ input, prepared }, ({ input, prepared }) => ({
        context: input.audit,
        action: "service_ticket.updated",
        entity_type: "service_ticket",
        entity_id: prepared.id,
        before: prepared.before,
        after: prepared.after,
      }))
      recordAuditEntryStep(auditEntry)
    })

    return new WorkflowResponse(prepared)
  }
)
