import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { splitSenderName, subjectFromBody } from "../../../lib/helpdesk/inbound"
import { AuditContext } from "../../audit/types"
import type { TicketAttachment } from "../steps/prepare-ticket-message"
import { resolveInboundMessageStep } from "../steps/resolve-inbound-message"
import { addTicketMessageWorkflow } from "./add-ticket-message"
import { createServiceTicketWorkflow } from "./create-service-ticket"

export type InboundMessage = {
  channel: "email" | "chat" | "social"
  from: { email: string; name?: string | null }
  subject?: string | null
  body: string
  /** The provider's id of this message: the same id twice on a channel is received once. */
  message_id?: string | null
  /** The provider's conversation id: later messages of the thread join the same ticket. */
  thread_id?: string | null
  attachments?: TicketAttachment[]
}

export type ReceiveInboundMessageWorkflowInput = {
  message: InboundMessage
  audit: AuditContext
}

export type ReceiveInboundMessageResult = {
  ticket_id: string
  message_id: string
  customer_id: string | null
  /** `created`: a new ticket; `appended`: added to an open ticket; `duplicate`: received before. */
  outcome: "created" | "appended" | "duplicate"
  matched_by: "number" | "thread" | null
}

/**
 * Turns an e-mail/chat message from a provider into a customer message: appended to the
 * sender's open ticket named in the subject (ST-000123) or continued by the provider thread,
 * else a new ticket. An unknown sender becomes a guest customer of the host (no account).
 * The message keeps its channel and is inbound and public; a ticket waiting on the customer
 * moves back into work (as with every customer message).
 */
export const receiveInboundMessageWorkflow = createWorkflow(
  "receive-inbound-message",
  (input: ReceiveInboundMessageWorkflowInput) => {
    const resolveInput = transform({ input }, ({ input }) => ({
      channel: input.message.channel,
      from_email: input.message.from.email,
      subject: input.message.subject ?? null,
      external_id: input.message.message_id ?? null,
      external_thread_id: input.message.thread_id ?? null,
    }))
    const resolved = resolveInboundMessageStep(resolveInput)

    const guests = when(
      "create-inbound-guest-customer",
      { resolved },
      ({ resolved }) => !resolved.duplicate && !resolved.customer_id
    ).then(() => {
      const customersData = transform({ input }, ({ input }) => [
        {
          email: input.message.from.email.trim().toLowerCase(),
          ...splitSenderName(input.message.from.name, input.message.from.email),
          has_account: false,
          metadata: { aftersales_source: `inbound_${input.message.channel}` },
        },
      ])
      return createCustomersWorkflow.runAsStep({ input: { customersData } })
    })
    const customerId = transform({ resolved, guests }, ({ resolved, guests }) =>
      resolved.customer_id ?? (guests as { id: string }[] | undefined)?.[0]?.id ?? null
    )

    const ticket = when(
      "open-inbound-ticket",
      { resolved },
      ({ resolved }) => !resolved.duplicate && !resolved.ticket_id
    ).then(() => {
      const ticketInput = transform(
        { input, resolved, customerId },
        ({ input, resolved, customerId }) => ({
          ticket: {
            subject: (input.message.subject?.trim() || subjectFromBody(input.message.body)).slice(0, 255),
            description: input.message.body,
            channel: input.message.channel,
            customer_id: customerId,
            metadata: resolved.follows_up_on
              ? { follows_up_on: resolved.follows_up_on }
              : null,
          },
          audit: input.audit,
        })
      )
      return createServiceTicketWorkflow.runAsStep({ input: ticketInput })
    })
    const ticketId = transform({ resolved, ticket }, ({ resolved, ticket }) =>
      resolved.ticket_id ?? (ticket as { id: string } | undefined)?.id ?? null
    )

    const message = when(
      "add-inbound-message",
      { resolved },
      ({ resolved }) => !resolved.duplicate
    ).then(() => {
      const messageInput = transform(
        { input, ticketId, customerId },
        ({ input, ticketId, customerId }) => ({
          ticket_id: ticketId as string,
          author: { type: "customer" as const, id: customerId },
          message: {
            body: input.message.body,
            channel: input.message.channel,
            visibility: "public" as const,
            attachments: input.message.attachments ?? null,
            external_id: input.message.message_id ?? null,
            external_thread_id: input.message.thread_id ?? null,
            metadata: {
              inbound: {
                from: input.message.from,
                subject: input.message.subject ?? null,
              },
            },
          },
          audit: input.audit,
        })
      )
      return addTicketMessageWorkflow.runAsStep({ input: messageInput })
    })

    const result = transform(
      { resolved, ticketId, customerId, message },
      ({ resolved, ticketId, customerId, message }): ReceiveInboundMessageResult =>
        resolved.duplicate
          ? {
              ticket_id: resolved.duplicate.ticket_id,
              message_id: resolved.duplicate.message_id,
              customer_id: null,
              outcome: "duplicate",
              matched_by: null,
            }
          : {
              ticket_id: ticketId as string,
              message_id: (message as { id: string }).id,
              customer_id: customerId,
              outcome: resolved.ticket_id ? "appended" : "created",
              matched_by: resolved.matched_by,
            }
    )
    return new WorkflowResponse(result)
  }
)
