import { z } from "@medusajs/framework/zod"
import { ticketAttachments } from "../../../admin/service-tickets/validators"

export const INBOUND_CHANNELS = ["email", "chat", "social"] as const

const providerId = z.string().trim().min(1).max(998)

export type InboundMessageBodyType = z.infer<typeof InboundMessageBody>
export const InboundMessageBody = z
  .object({
    channel: z.enum(INBOUND_CHANNELS),
    from: z
      .object({
        email: z.string().trim().email().max(320),
        name: z.string().trim().max(200).nullish(),
      })
      .strict(),
    subject: z.string().trim().max(998).nullish(),
    body: z.string().trim().min(1).max(50_000),
    /** The provider's message id (e-mail Message-ID, chat message id): received once. */
    message_id: providerId.nullish(),
    /** The provider's conversation id (e-mail thread root, chat conversation). */
    thread_id: providerId.nullish(),
    attachments: ticketAttachments.optional(),
  })
  .strict()
