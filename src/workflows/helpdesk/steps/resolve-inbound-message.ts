import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { extractTicketNumbers } from "../../../lib/helpdesk/inbound"
import { isTerminalCategory } from "../../../lib/process/pipeline"
import type { StageCategory } from "../../../lib/process/types"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ResolveInboundMessageInput = {
  channel: string
  from_email: string
  subject: string | null
  external_id: string | null
  external_thread_id: string | null
}

export type ResolvedInboundMessage = {
  /** Set when this provider message was received before: nothing is written again. */
  duplicate: { ticket_id: string; message_id: string } | null
  /** The sender's host customer (a registered account first), or null for an unknown sender. */
  customer_id: string | null
  /** The open ticket the message continues, or null to open a new ticket. */
  ticket_id: string | null
  /** How the ticket was found: by the number in the subject or by the provider's thread. */
  matched_by: "number" | "thread" | null
  /** A finished ticket the message refers to (the new ticket follows up on it). */
  follows_up_on: string | null
}

/**
 * Decides where an inbound message goes, without writing anything:
 * 1. a provider message id seen before on this channel is a duplicate;
 * 2. the sender is the host customer with that e-mail (a registered account before a guest);
 * 3. a ticket number in the subject, else a known provider thread, points at the ticket the
 *    message continues - only if that ticket belongs to the sender (another customer's
 *    number is ignored) and is not closed or canceled (then a new ticket follows up on it).
 */
export const resolveInboundMessageStep = createStep(
  "resolve-inbound-message",
  async (input: ResolveInboundMessageInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const resolved: ResolvedInboundMessage = {
      duplicate: null,
      customer_id: null,
      ticket_id: null,
      matched_by: null,
      follows_up_on: null,
    }

    if (input.external_id) {
      const [existing] = await helpdesk.listTicketMessages(
        { channel: input.channel as any, external_id: input.external_id },
        { select: ["id", "ticket_id"], take: 1 }
      )
      if (existing) {
        resolved.duplicate = { ticket_id: existing.ticket_id, message_id: existing.id }
        return new StepResponse(resolved)
      }
    }

    const email = input.from_email.trim().toLowerCase()
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "has_account", "created_at"],
      filters: { email: [...new Set([email, input.from_email.trim()])] },
    })
    const senderIds = new Set(customers.map((customer: any) => customer.id as string))
    const preferred = [...customers].sort(
      (a: any, b: any) =>
        Number(b.has_account) - Number(a.has_account) ||
        new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
    )[0] as any
    resolved.customer_id = preferred?.id ?? null
    if (!senderIds.size) {
      return new StepResponse(resolved)
    }

    type Candidate = { id: string; number: string; customer_id: string | null; stage_category: string }
    const candidates: { ticket: Candidate; matched_by: "number" | "thread" }[] = []
    const numbers = extractTicketNumbers(input.subject)
    if (numbers.length) {
      const byNumber = (await helpdesk.listServiceTickets(
        { number: numbers, customer_id: [...senderIds] },
        { select: ["id", "number", "customer_id", "stage_category"] }
      )) as Candidate[]
      for (const number of numbers) {
        const ticket = byNumber.find((candidate) => candidate.number === number)
        if (ticket) {
          candidates.push({ ticket, matched_by: "number" })
        }
      }
    }
    if (input.external_thread_id) {
      const [threadMessage] = await helpdesk.listTicketMessages(
        { external_thread_id: input.external_thread_id },
        { select: ["id", "ticket_id"], take: 1, order: { created_at: "DESC" } }
      )
      if (threadMessage) {
        const [ticket] = (await helpdesk.listServiceTickets(
          { id: threadMessage.ticket_id, customer_id: [...senderIds] },
          { select: ["id", "number", "customer_id", "stage_category"], take: 1 }
        )) as Candidate[]
        if (ticket) {
          candidates.push({ ticket, matched_by: "thread" })
        }
      }
    }

    const open = candidates.find(
      ({ ticket }) => !isTerminalCategory(ticket.stage_category as StageCategory)
    )
    if (open) {
      resolved.ticket_id = open.ticket.id
      resolved.matched_by = open.matched_by
      // the ticket's own customer writes, also when the sender has a guest and an account
      resolved.customer_id = open.ticket.customer_id
    } else if (candidates.length) {
      resolved.follows_up_on = candidates[0].ticket.number
    }
    return new StepResponse(resolved)
  }
)
