import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { receiveInboundMessageWorkflow } from "../../../../workflows/helpdesk/workflows/receive-inbound-message"
import { InboundMessageBodyType } from "./validators"

async function ticketNumber(helpdesk: HelpdeskModuleService, id: string) {
  return (await helpdesk.retrieveServiceTicket(id, { select: ["number"] })).number
}

/**
 * Receives one e-mail/chat message from a provider: 201 with the ticket it was added to
 * (`outcome` created or appended), 200 when the provider message id was received before.
 */
export const POST = async (
  req: MedusaRequest<InboundMessageBodyType>,
  res: MedusaResponse
) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const message = req.validatedBody
  let received
  try {
    const { result } = await receiveInboundMessageWorkflow(req.scope).run({
      input: {
        message,
        audit: { actor_type: "system", actor_id: null, request_id: req.requestId ?? null },
      },
    })
    received = result
  } catch (error) {
    // The same provider message delivered twice at once: the unique index lets one through.
    const [existing] = message.message_id
      ? await helpdesk.listTicketMessages(
          { channel: message.channel, external_id: message.message_id },
          { select: ["id", "ticket_id"], take: 1 }
        )
      : []
    if (!existing) {
      throw error
    }
    received = {
      ticket_id: existing.ticket_id,
      message_id: existing.id,
      customer_id: null,
      outcome: "duplicate" as const,
      matched_by: null,
    }
  }
  res.status(received.outcome === "duplicate" ? 200 : 201).json({
    inbound_message: {
      outcome: received.outcome,
      matched_by: received.matched_by,
      ticket_id: received.ticket_id,
      ticket_number: await ticketNumber(helpdesk, received.ticket_id),
      message_id: received.message_id,
    },
  })
}
