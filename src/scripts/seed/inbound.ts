import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../modules/helpdesk"
import HelpdeskModuleService from "../../modules/helpdesk/service"
import {
  InboundMessage,
  receiveInboundMessageWorkflow,
} from "../../workflows/helpdesk/workflows/receive-inbound-message"

/**
 * Messages as an e-mail/chat provider would post them to /hooks/aftersales/inbound-messages:
 * a customer's e-mail reply to an open ticket (number in the subject), a new e-mail that
 * opens a ticket, and two chat messages of one conversation from a visitor without an
 * account (who becomes a guest customer).
 */
export async function seedInboundMessages(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const [pumpTicket] = await helpdesk.listServiceTickets(
    { subject: "Espresso machine pump is very loud" },
    { select: ["number", "subject"], take: 1 }
  )

  const messages: InboundMessage[] = [
    {
      channel: "email",
      from: { email: "customer@example.com", name: "Anna Schmidt" },
      subject: pumpTicket ? `Re: [${pumpTicket.number}] ${pumpTicket.subject}` : "Pump noise",
      body: "Hello,\n\nI descaled the machine as you suggested, but the pump is still rattling when it builds up pressure. It is quiet when I only use the steam wand.\n\nBest regards,\nAnna",
      message_id: "<demo-pump-reply@mail.example.com>",
      thread_id: "<demo-pump-thread@mail.example.com>",
    },
    {
      channel: "email",
      from: { email: "other@example.com", name: "Pierre Martin" },
      subject: "Scooter charger stopped working",
      body: "Bonjour,\n\nthe charger of my e-scooter no longer lights up and the scooter does not charge. I tried another socket. Can you send a replacement?\n\nPierre",
      message_id: "<demo-charger@mail.example.com>",
    },
    {
      channel: "chat",
      from: { email: "lena.huber@example.com", name: "Lena Huber" },
      subject: null,
      body: "Hi! Do you ship replacement side brushes for the robot vacuum to Austria?",
      message_id: "demo-chat-1",
      thread_id: "demo-chat-conversation-1",
    },
    {
      channel: "chat",
      from: { email: "lena.huber@example.com", name: "Lena Huber" },
      subject: null,
      body: "I would need two packs.",
      message_id: "demo-chat-2",
      thread_id: "demo-chat-conversation-1",
    },
  ]

  for (const message of messages) {
    await receiveInboundMessageWorkflow(container).run({
      input: { message, audit: { actor_type: "system", actor_id: null } },
    })
  }
  logger.info(`Demo store: ${messages.length} inbound e-mail/chat messages received.`)
}
