import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  automaticAdvance,
  isFinishedCategory,
} from "../../../lib/helpdesk/ticket-lifecycle"
import { getStage, isTerminalCategory } from "../../../lib/process/pipeline"
import type { StageCategory } from "../../../lib/process/types"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  pipelineDefinitionOf,
  ServiceTicketChanges,
} from "../../../modules/helpdesk/service"

export type TicketAttachment = { url: string; name: string; mime_type?: string | null }

export type TicketMessageInput = {
  body: string
  channel?: string
  direction?: "inbound" | "outbound" | null
  visibility?: "public" | "internal"
  attachments?: TicketAttachment[] | null
  duration_seconds?: number | null
  outcome?: string | null
  callback_needed?: boolean | null
  metadata?: Record<string, unknown> | null
  /** Provider message and thread ids of an inbound e-mail/chat message. */
  external_id?: string | null
  external_thread_id?: string | null
}

export type PrepareTicketMessageInput = {
  ticket_id: string
  author: { type: "agent" | "customer" | "system"; id: string | null }
  message: TicketMessageInput
}

export type PreparedTicketMessage = {
  ticket: { id: string; number: string; subject: string; customer_id: string | null }
  message: {
    ticket_id: string
    channel: string
    direction: "inbound" | "outbound" | null
    author_type: "agent" | "customer" | "system"
    author_id: string | null
    visibility: "public" | "internal"
    body: string
    attachments: TicketAttachment[] | null
    duration_seconds: number | null
    outcome: string | null
    callback_needed: boolean | null
    metadata: Record<string, unknown> | null
    external_id: string | null
    external_thread_id: string | null
  }
  changes: ServiceTicketChanges
  stage_change: {
    from_stage: string
    to_stage: string
    from_category: StageCategory
    to_category: StageCategory
  } | null
  notify_customer: boolean
}

/** Channels where an agent's public reply is written to the customer and therefore mailed. */
const WRITTEN_CHANNELS = new Set(["web", "email", "chat", "social"])

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Normalises a message by author. Customers write public inbound messages (on the web
 * unless the caller names the channel, as the inbound e-mail/chat endpoint does) and
 * only on tickets that are not closed; a customer's answer moves a ticket waiting on them
 * back into work. Agents write public replies (outbound by default), internal notes (no
 * direction) or call logs (channel phone with duration, outcome, callback flag). The first
 * public outbound agent message sets first_responded_at; public written replies are mailed.
 */
export const prepareTicketMessageStep = createStep(
  "prepare-service-ticket-message",
  async (input: PrepareTicketMessageInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ticket = await helpdesk.retrieveServiceTicket(input.ticket_id)
    const { message, author } = input
    const category = ticket.stage_category as StageCategory

    const isCall =
      message.duration_seconds != null || message.outcome != null || message.callback_needed != null
    // agents answer on the ticket's channel when it is a written one, else by e-mail
    let channel =
      message.channel ??
      (isCall ? "phone" : WRITTEN_CHANNELS.has(ticket.channel) ? ticket.channel : "email")
    let visibility: "public" | "internal" = message.visibility ?? (isCall ? "internal" : "public")
    let direction = message.direction

    if (author.type === "customer") {
      if (isCall) {
        invalid("Customers cannot log phone calls.")
      }
      if (message.visibility === "internal") {
        invalid("Customers can only write public messages.")
      }
      if (isTerminalCategory(category)) {
        invalid(`Ticket ${ticket.number} is closed. Reopen it to add a message.`)
      }
      channel = message.channel ?? "web"
      visibility = "public"
      direction = "inbound"
    } else if (isCall) {
      if (channel !== "phone") {
        invalid('Call details (duration_seconds, outcome, callback_needed) belong to channel "phone".')
      }
      direction ??= "outbound"
    } else if (visibility === "internal") {
      if (direction) {
        invalid("Internal notes have no direction: leave direction out.")
      }
      direction = null
    } else {
      direction ??= "outbound"
    }

    const changes: ServiceTicketChanges = {}
    let stageChange: PreparedTicketMessage["stage_change"] = null
    const agentResponse =
      author.type === "agent" && visibility === "public" && direction === "outbound"
    if (agentResponse && !ticket.first_responded_at) {
      changes.first_responded_at = new Date()
    }
    if (author.type === "customer" && !isFinishedCategory(category)) {
      const definition = pipelineDefinitionOf(await helpdesk.getPipelineByKey(ticket.pipeline_key))
      const next = automaticAdvance(definition, ticket.stage, "customer_replied")
      if (next) {
        const target = getStage(definition, next)
        changes.stage = target.key
        changes.stage_category = target.category
        stageChange = {
          from_stage: ticket.stage,
          to_stage: target.key,
          from_category: category,
          to_category: target.category,
        }
      }
    }

    const prepared: PreparedTicketMessage = {
      ticket: {
        id: ticket.id,
        number: ticket.number,
        subject: ticket.subject,
        customer_id: ticket.customer_id ?? null,
      },
      message: {
        ticket_id: ticket.id,
        channel,
        direction: direction ?? null,
        author_type: author.type,
        author_id: author.id,
        visibility,
        body: message.body,
        attachments: message.attachments?.length ? message.attachments : null,
        duration_seconds: message.duration_seconds ?? null,
        outcome: message.outcome ?? null,
        callback_needed: message.callback_needed ?? null,
        metadata: message.metadata ?? null,
        external_id: message.external_id ?? null,
        external_thread_id: message.external_thread_id ?? null,
      },
      changes,
      stage_change: stageChange,
      notify_customer:
        agentResponse && WRITTEN_CHANNELS.has(channel) && !!ticket.customer_id,
    }
    return new StepResponse(prepared)
  }
)
