import { model } from "@medusajs/framework/utils"
import ServiceTicket from "./service-ticket"

export const MESSAGE_DIRECTIONS = ["inbound", "outbound"] as const
export const MESSAGE_AUTHOR_TYPES = ["customer", "agent", "system"] as const
export const MESSAGE_VISIBILITIES = ["public", "internal"] as const
export const CALL_OUTCOMES = [
  "reached",
  "no_answer",
  "voicemail",
  "busy",
  "wrong_number",
] as const

/**
 * One communication record on a ticket, of any channel: a customer message, an agent reply,
 * an internal note (visibility internal, no direction) or a logged phone call.
 * `attachments` holds `[{ url, name, mime_type }]` of files uploaded through the host File module.
 */
const TicketMessage = model
  .define("ticket_message", {
    id: model.id({ prefix: "stmsg" }).primaryKey(),
    channel: model
      .enum(["web", "email", "phone", "chat", "in_person", "social"])
      .default("web"),
    direction: model.enum([...MESSAGE_DIRECTIONS]).nullable(),
    author_type: model.enum([...MESSAGE_AUTHOR_TYPES]),
    author_id: model.text().nullable(),
    visibility: model.enum([...MESSAGE_VISIBILITIES]).default("public"),
    body: model.text().searchable(),
    attachments: model.json().nullable(),
    duration_seconds: model.number().nullable(),
    outcome: model.enum([...CALL_OUTCOMES]).nullable(),
    callback_needed: model.boolean().nullable(),
    metadata: model.json().nullable(),
    /** The provider's message id of an inbound e-mail/chat message (one message per id and channel). */
    external_id: model.text().nullable(),
    /** The provider's conversation/thread id; later messages of the thread join the same ticket. */
    external_thread_id: model.text().nullable(),
    ticket: model.belongsTo(() => ServiceTicket, { mappedBy: "messages" }),
  })
  .indexes([
    { on: ["ticket_id", "created_at"] },
    {
      on: ["channel", "external_id"],
      unique: true,
      where: "deleted_at IS NULL AND external_id IS NOT NULL",
    },
    { on: ["external_thread_id"], where: "deleted_at IS NULL AND external_thread_id IS NOT NULL" },
  ])

export default TicketMessage
