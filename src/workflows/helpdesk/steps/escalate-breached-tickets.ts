import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { escalatedPriority } from "../../../lib/sla"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { ClaimedSlaTicket } from "./claim-due-sla-events"

export type SlaEscalation = {
  ticket_id: string
  number: string
  subject: string
  assignee_id: string | null
  from_priority: string
  /** Equal to from_priority when the ticket already was urgent. */
  to_priority: string
  targets: string[]
  due_at: string
  escalated_at: string
}

type Restore = { id: string; priority: string; escalated_at: Date | null }[]

/**
 * Escalates the tickets that just breached a target of a policy with escalate_on_breach:
 * raises the priority one level (urgent stays urgent) and stamps escalated_at, once per run
 * and ticket however many targets breached together. This is a real change of the ticket, so
 * it increments the version. The compensation restores priority and escalated_at.
 */
export const escalateBreachedServiceTicketsStep = createStep(
  "escalate-breached-service-tickets",
  async (claimed: ClaimedSlaTicket[], { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const escalations: SlaEscalation[] = []
    const restore: Restore = []
    const now = new Date()
    for (const ticket of claimed) {
      const breaches = ticket.events.filter((event) => event.kind === "breached")
      if (!breaches.length || !ticket.escalate_on_breach) {
        continue
      }
      const current = await helpdesk.retrieveServiceTicket(ticket.id)
      const toPriority = escalatedPriority(current.priority) ?? current.priority
      await helpdesk.updateTicketIfVersion(ticket.id, null, {
        ...(toPriority !== current.priority && { priority: toPriority }),
        escalated_at: now,
      })
      restore.push({
        id: ticket.id,
        priority: current.priority,
        escalated_at: (current.escalated_at as Date | null) ?? null,
      })
      escalations.push({
        ticket_id: ticket.id,
        number: ticket.number,
        subject: ticket.subject,
        assignee_id: current.assignee_id ?? null,
        from_priority: current.priority,
        to_priority: toPriority,
        targets: breaches.map((event) => event.target),
        due_at: breaches[0].due_at,
        escalated_at: now.toISOString(),
      })
    }
    return new StepResponse(escalations, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    for (const { id, priority, escalated_at } of restore) {
      await helpdesk.updateTicketIfVersion(id, null, { priority, escalated_at })
    }
  }
)
