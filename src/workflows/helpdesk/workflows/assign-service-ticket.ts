import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { AuditContext } from "../../audit/types"
import { createTicketActivitiesStep } from "../steps/create-ticket-activities"
import {
  prepareTicketAssignmentStep,
  PrepareTicketAssignmentInput,
} from "../steps/prepare-ticket-assignment"
import { updateServiceTicketsStep } from "../steps/update-service-tickets"
import { activityActor, TicketActivityInput } from "../types"

export type AssignServiceTicketWorkflowInput = {
  id: string
  assignee_id: string | null
  expected_version?: number
  audit: AuditContext
}

export type BulkAssignServiceTicketsWorkflowInput = {
  ids: string[]
  assignee_id: string | null
  audit: AuditContext
}

/** The steps shared by the single and the bulk assignment: all tickets or none. */
function assignTickets(
  prepareInput: WorkflowData<PrepareTicketAssignmentInput>,
  audit: WorkflowData<AuditContext>
) {
  const planned = prepareTicketAssignmentStep(prepareInput)

  const updates = transform({ planned }, ({ planned }) =>
    planned.map((plan) => ({
      id: plan.id,
      expected_version: plan.expected_version,
      changes: plan.changes,
    }))
  )
  const applied = updateServiceTicketsStep(updates)

  const activities = transform({ planned, audit }, ({ planned, audit }) =>
    planned.flatMap((plan) => {
      const actor = activityActor(audit)
      const rows: TicketActivityInput[] = [
        {
          ticket_id: plan.id,
          type: "assigned",
          ...actor,
          data: {
            assignee_id: plan.changes.assignee_id ?? null,
            previous_assignee_id: plan.previous_assignee_id,
          },
        },
      ]
      if (plan.stage_change) {
        rows.push({
          ticket_id: plan.id,
          type: "stage_changed",
          ...actor,
          data: { ...plan.stage_change, transition: "assigned", reopened: false },
        })
      }
      return rows
    })
  )
  createTicketActivitiesStep(activities)

  const auditEntries = transform({ applied, audit }, ({ applied, audit }) =>
    applied.map(({ before, after }) => ({
      context: audit,
      action: "service_ticket.assigned",
      entity_type: "service_ticket",
      entity_id: after.id,
      before: {
        assignee_id: before.assignee_id,
        stage: before.stage,
        stage_category: before.stage_category,
        version: before.version,
      },
      after: {
        assignee_id: after.assignee_id,
        stage: after.stage,
        stage_category: after.stage_category,
        version: after.version,
      },
    }))
  )
  recordAuditEntriesStep(auditEntries)

  const events = transform({ planned }, ({ planned }) => ({
    assigned: {
      eventName: "service_ticket.assigned",
      data: planned.map((plan) => ({
        id: plan.id,
        number: plan.number,
        assignee_id: plan.changes.assignee_id ?? null,
        previous_assignee_id: plan.previous_assignee_id,
      })),
    },
    stageChanged: {
      eventName: "service_ticket.stage_changed",
      data: planned
        .filter((plan) => plan.stage_change)
        .map((plan) => ({
          id: plan.id,
          number: plan.number,
          from_stage: plan.stage_change!.from_stage,
          to_stage: plan.stage_change!.to_stage,
          previous_stage_category: plan.stage_change!.from_category,
          stage_category: plan.stage_change!.to_category,
        })),
    },
  }))
  emitEventStep(events.assigned).config({ name: "emit-service-ticket-assigned" })
  emitEventStep(events.stageChanged).config({ name: "emit-service-ticket-stage-changed" })

  return applied
}

/** Gives one ticket to an admin user (or to nobody with assignee_id null). */
export const assignServiceTicketWorkflow = createWorkflow(
  "assign-service-ticket",
  (input: AssignServiceTicketWorkflowInput) => {
    const prepareInput = transform({ input }, ({ input }) => ({
      ids: [input.id],
      assignee_id: input.assignee_id,
      expected_version: input.expected_version,
    }))
    const audit = transform({ input }, ({ input }) => input.audit)
    const applied = assignTickets(prepareInput, audit)
    return new WorkflowResponse(applied)
  }
)

/** Gives several tickets to one admin user at once: all of them or, on any error, none. */
export const bulkAssignServiceTicketsWorkflow = createWorkflow(
  "bulk-assign-service-tickets",
  (input: BulkAssignServiceTicketsWorkflowInput) => {
    const prepareInput = transform({ input }, ({ input }) => ({
      ids: input.ids,
      assignee_id: input.assignee_id,
    }))
    const audit = transform({ input }, ({ input }) => input.audit)
    const applied = assignTickets(prepareInput, audit)
    return new WorkflowResponse(applied)
  }
)
