import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { SYSTEM_AUDIT_CONTEXT } from "../../audit/types"
import { claimDueSlaEventsStep } from "../steps/claim-due-sla-events"
import { createTicketActivitiesStep } from "../steps/create-ticket-activities"
import { escalateBreachedServiceTicketsStep } from "../steps/escalate-breached-tickets"
import { notifySupervisorsOfEscalationStep } from "../steps/notify-supervisors-of-escalation"
import { TicketActivityInput } from "../types"

export type CheckServiceTicketSlasInput = {
  /** Evaluation instant as ISO string or Date; defaults to the current time. */
  now?: string | Date
  /** Tickets handled per run (500). */
  limit?: number
}

/**
 * The SLA clock (run every minute by src/jobs/service-ticket-sla-clock.ts): raises
 * `service_ticket.sla_warning` and `service_ticket.sla_breached` once per ticket, target
 * (and, for next response, waiting customer message), refreshes the tickets' SLA status, and
 * on a breach escalates: priority one level up (timeline + audit entry) and an e-mail to the
 * supervisors. Safe to run twice or concurrently (see claimDueSlaEventsStep).
 */
export const checkServiceTicketSlasWorkflow = createWorkflow(
  "check-service-ticket-slas",
  (input: CheckServiceTicketSlasInput) => {
    const claimInput = transform({ input }, ({ input }) => ({
      now: input.now ? new Date(input.now) : new Date(),
      limit: input.limit ?? 500,
    }))
    const claimed = claimDueSlaEventsStep(claimInput)
    const escalations = escalateBreachedServiceTicketsStep(claimed)

    const activities = transform({ escalations }, ({ escalations }) =>
      escalations.map(
        (escalation): TicketActivityInput => ({
          ticket_id: escalation.ticket_id,
          type: "priority_changed",
          actor_type: "system",
          actor_id: null,
          data: {
            from: escalation.from_priority,
            to: escalation.to_priority,
            reason: "sla_breached",
            targets: escalation.targets,
            due_at: escalation.due_at,
          },
        })
      )
    )
    createTicketActivitiesStep(activities)

    const auditEntries = transform({ escalations }, ({ escalations }) =>
      escalations.map((escalation) => ({
        context: SYSTEM_AUDIT_CONTEXT,
        action: "service_ticket.escalated",
        entity_type: "service_ticket",
        entity_id: escalation.ticket_id,
        before: { priority: escalation.from_priority },
        after: { priority: escalation.to_priority, escalated_at: escalation.escalated_at },
        metadata: { reason: "sla_breached", targets: escalation.targets },
      }))
    )
    recordAuditEntriesStep(auditEntries)

    const events = transform({ claimed, escalations }, ({ claimed, escalations }) => {
      const payloads = (kind: "warning" | "breached") =>
        claimed.flatMap((ticket) => {
          const escalation = escalations.find((candidate) => candidate.ticket_id === ticket.id)
          return ticket.events
            .filter((event) => event.kind === kind)
            .map((event) => ({
              id: ticket.id,
              number: ticket.number,
              target: event.target,
              due_at: event.due_at,
              priority: escalation?.to_priority ?? ticket.priority,
              assignee_id: ticket.assignee_id,
            }))
        })
      return {
        warning: { eventName: "service_ticket.sla_warning", data: payloads("warning") },
        breached: { eventName: "service_ticket.sla_breached", data: payloads("breached") },
      }
    })
    emitEventStep(events.warning).config({ name: "emit-service-ticket-sla-warning" })
    emitEventStep(events.breached).config({ name: "emit-service-ticket-sla-breached" })

    notifySupervisorsOfEscalationStep(escalations)

    return new WorkflowResponse({ tickets: claimed, escalations })
  }
)
