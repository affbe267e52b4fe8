import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { applyServiceTicketSlaStep } from "../steps/apply-service-ticket-sla"
import { createTicketActivitiesStep } from "../steps/create-ticket-activities"
import {
  prepareTicketTransitionStep,
  PrepareTicketTransitionInput,
} from "../steps/prepare-ticket-transition"
import { updateServiceTicketsStep } from "../steps/update-service-tickets"
import { scheduleRevisitTask } from "./schedule-revisit-task"
import { activityActor, TicketActivityInput } from "../types"

export type TransitionServiceTicketWorkflowInput = PrepareTicketTransitionInput & {
  audit: AuditContext
}

const LIFECYCLE_FIELDS = ["stage", "stage_category", "resolved_at", "closed_at", "reopen_count"]

function pick(record: Record<string, unknown>, fields: string[]) {
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null]))
}

/**
 * Moves a ticket to another stage of its pipeline. Of two concurrent transitions from the
 * same version exactly one wins; the other fails with a conflict (409) and changes nothing.
 */
export const transitionServiceTicketWorkflow = createWorkflow(
  "transition-service-ticket",
  (input: TransitionServiceTicketWorkflowInput) => {
    const prepareInput = transform({ input }, ({ input }) => ({
      id: input.id,
      to: input.to,
      action: input.action,
      expected_version: input.expected_version,
      enforce_reopen_window: input.enforce_reopen_window,
    }))
    const prepared = prepareTicketTransitionStep(prepareInput)

    const updates = transform({ prepared }, ({ prepared }) => [
      {
        id: prepared.id,
        expected_version: prepared.expected_version,
        changes: prepared.changes,
      },
    ])
    const appliedList = updateServiceTicketsStep(updates)
    const applied = transform({ appliedList }, ({ appliedList }) => appliedList[0])
    applyServiceTicketSlaStep(transform({ prepared }, ({ prepared }) => ({ ticket_id: prepared.id })))

    const activities = transform({ input, prepared }, ({ input, prepared }) => [
      {
        ticket_id: prepared.id,
        type: "stage_changed",
        ...activityActor(input.audit),
        data: {
          from_stage: prepared.from.stage,
          to_stage: prepared.to.stage,
          from_category: prepared.from.category,
          to_category: prepared.to.category,
          transition: prepared.transition_name,
          reopened: prepared.reopened,
        },
      } as TicketActivityInput,
    ])
    createTicketActivitiesStep(activities)
    scheduleRevisitTask(
      transform({ prepared, applied }, ({ prepared, applied }) => ({
        ticket_id: prepared.id,
        from_category: prepared.from.category,
        to_category: prepared.to.category,
        resolved_at: applied.after.resolved_at,
        assignee_id: applied.after.assignee_id,
      })),
      input.audit
    )

    const auditEntry = transform({ input, applied }, ({ input, applied }) => ({
      context: input.audit,
      action: "service_ticket.stage_changed",
      entity_type: "service_ticket",
      entity_id: applied.after.id,
      before: pick(applied.before as any, [...LIFECYCLE_FIELDS, "version"]),
      after: pick(applied.after as any, [...LIFECYCLE_FIELDS, "version"]),
    }))
    recordAuditEntryStep(auditEntry)

    const events = transform({ prepared }, ({ prepared }) => {
      const base = { id: prepared.id, number: prepared.number }
      return {
        stageChanged: {
          eventName: "service_ticket.stage_changed",
          data: {
            ...base,
            from_stage: prepared.from.stage,
            to_stage: prepared.to.stage,
            previous_stage_category: prepared.from.category,
            stage_category: prepared.to.category,
          },
        },
        resolved: {
          eventName: "service_ticket.resolved",
          data: prepared.to.category === "resolved" ? [{ ...base, stage: prepared.to.stage }] : [],
        },
        closed: {
          eventName: "service_ticket.closed",
          data: prepared.to.category === "closed" ? [{ ...base, stage: prepared.to.stage }] : [],
        },
      }
    })
    emitEventStep(events.stageChanged).config({ name: "emit-service-ticket-stage-changed" })
    emitEventStep(events.resolved).config({ name: "emit-service-ticket-resolved" })
    emitEventStep(events.closed).config({ name: "emit-service-ticket-closed" })

    return new WorkflowResponse(applied.after)
  }
)
