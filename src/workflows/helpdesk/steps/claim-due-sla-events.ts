import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  evaluateTicketSla,
  recordSlaEvents,
  type SlaEventKind,
  type SlaNotified,
  type SlaTarget,
} from "../../../lib/sla"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  ServiceTicketSlaChanges,
} from "../../../modules/helpdesk/service"
import { slaColumnsOf, slaFactsOf, slaPolicyWithCalendar } from "./apply-service-ticket-sla"

export type ClaimDueSlaEventsInput = {
  /** The evaluation instant (the job passes the current time). */
  now: Date
  /** Tickets handled per run; the rest follow in the next run. */
  limit: number
}

export type ClaimedSlaEvent = {
  target: SlaTarget
  kind: SlaEventKind
  due_at: string
}

export type ClaimedSlaTicket = {
  id: string
  number: string
  subject: string
  priority: string
  assignee_id: string | null
  escalate_on_breach: boolean
  events: ClaimedSlaEvent[]
}

type Restore = { id: string; previous: ServiceTicketSlaChanges }

const RESTORED_FIELDS = [
  "sla_notified",
  "sla_status",
  "sla_next_check_at",
  "first_response_due_at",
  "next_response_due_at",
  "resolution_due_at",
  "sla_due_at",
] as const

/**
 * Finds the tickets whose next SLA moment has passed, evaluates their clocks and records the
 * warnings and breaches now due in sla_notified with a compare-and-set on its previous value:
 * of two runs (or instances) evaluating the same ticket exactly one records, and only that one
 * returns the events, so each warning and breach is raised once. Also refreshes the status
 * and the next check time. The compensation takes the recorded events back.
 */
export const claimDueSlaEventsStep = createStep(
  "claim-due-service-ticket-sla-events",
  async (input: ClaimDueSlaEventsInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const now = new Date(input.now)
    const tickets = await helpdesk.listServiceTickets(
      { sla_next_check_at: { $lte: now } },
      { take: input.limit, order: { sla_next_check_at: "ASC" } }
    )
    const policies = new Map<string, Awaited<ReturnType<typeof slaPolicyWithCalendar>>>()
    const claimed: ClaimedSlaTicket[] = []
    const restore: Restore[] = []
    for (const ticket of tickets) {
      const previousNotified = (ticket.sla_notified as SlaNotified | null) ?? null
      const policyId = ticket.sla_policy_id
      if (policyId && !policies.has(policyId)) {
        policies.set(policyId, await slaPolicyWithCalendar(helpdesk, policyId))
      }
      const found = policyId ? policies.get(policyId) : null
      if (!found) {
        await helpdesk.updateTicketSla(ticket.id, { sla_next_check_at: null }, previousNotified)
        continue
      }
      const facts = slaFactsOf(ticket)
      const due = evaluateTicketSla(found.calendar, found.policy, facts, now).dueEvents
      const notified = recordSlaEvents(facts.notified, due, facts.awaitingResponseSince, now)
      const evaluation = evaluateTicketSla(found.calendar, found.policy, { ...facts, notified }, now)
      const won = await helpdesk.updateTicketSla(
        ticket.id,
        { ...slaColumnsOf(evaluation), sla_notified: notified },
        previousNotified
      )
      if (!won || !due.length) {
        continue
      }
      restore.push({
        id: ticket.id,
        previous: Object.fromEntries(
          RESTORED_FIELDS.map((field) => [field, ticket[field] ?? null])
        ) as ServiceTicketSlaChanges,
      })
      claimed.push({
        id: ticket.id,
        number: ticket.number,
        subject: ticket.subject,
        priority: ticket.priority,
        assignee_id: ticket.assignee_id ?? null,
        escalate_on_breach: found.policy.escalate_on_breach,
        events: due.map((event) => ({
          target: event.target,
          kind: event.kind,
          due_at: event.dueAt.toISOString(),
        })),
      })
    }
    return new StepResponse(claimed, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    for (const { id, previous } of restore) {
      await helpdesk.updateTicketSla(id, previous)
    }
  }
)
