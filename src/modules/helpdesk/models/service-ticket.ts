import { model } from "@medusajs/framework/utils"
import TicketActivity from "./ticket-activity"
import TicketMessage from "./ticket-message"
import TicketTask from "./ticket-task"

export const TICKET_TYPES = [
  "inquiry",
  "technical_support",
  "return_exchange",
  "repair_request",
  "other",
] as const
export type TicketType = (typeof TICKET_TYPES)[number]

export const TICKET_CHANNELS = [
  "web",
  "email",
  "phone",
  "chat",
  "in_person",
  "social",
] as const
export type TicketChannel = (typeof TICKET_CHANNELS)[number]

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]

export const SLA_STATUS_VALUES = ["ok", "warning", "breached", "paused"] as const

export const STAGE_CATEGORY_VALUES = [
  "new",
  "open",
  "waiting",
  "resolved",
  "closed",
  "canceled",
] as const

/**
 * A service request. `number` (ST-000123) comes from a PostgreSQL sequence created in the
 * migration; `version` grows with every change and guards concurrent updates.
 */
const ServiceTicket = model
  .define("service_ticket", {
    id: model.id({ prefix: "stkt" }).primaryKey(),
    number: model.text().searchable(),
    subject: model.text().searchable(),
    description: model.text().searchable().nullable(),
    type: model.enum([...TICKET_TYPES]).default("inquiry"),
    channel: model.enum([...TICKET_CHANNELS]).default("web"),
    priority: model.enum([...TICKET_PRIORITIES]).default("normal"),
    tags: model.array(),
    customer_id: model.text().nullable(),
    order_id: model.text().nullable(),
    line_item_ids: model.array(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    assignee_id: model.text().nullable(),
    team: model.text().nullable(),
    pipeline_key: model.text(),
    stage: model.text(),
    stage_category: model.enum([...STAGE_CATEGORY_VALUES]),
    first_responded_at: model.dateTime().nullable(),
    resolved_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    reopen_count: model.number().default(0),
    /** Filled by satisfaction surveys (a later module). */
    satisfaction_score: model.number().nullable(),
    /** Generic link to what the ticket turned into (a repair order, a complaint, ...). */
    related_entity_type: model.text().nullable(),
    related_entity_id: model.text().nullable(),
    /** SLA bookkeeping, kept by src/workflows/helpdesk/steps/apply-service-ticket-sla.ts. */
    sla_policy_id: model.text().nullable(),
    first_response_due_at: model.dateTime().nullable(),
    next_response_due_at: model.dateTime().nullable(),
    resolution_due_at: model.dateTime().nullable(),
    /** Earliest due time of the targets still open (list filter and "most urgent first" order). */
    sla_due_at: model.dateTime().nullable(),
    sla_status: model.enum([...SLA_STATUS_VALUES]).nullable(),
    sla_paused_since: model.dateTime().nullable(),
    /** Finished pauses `[{ from, to }]` (ISO strings); the open one is sla_paused_since. */
    sla_pauses: model.json().nullable(),
    /** Since when the customer's last message waits for an agent's answer (next-response clock). */
    awaiting_response_since: model.dateTime().nullable(),
    /** Warning/breach events raised per target, e.g. `{ first_response: { warning: iso } }`. */
    sla_notified: model.json().nullable(),
    /** Earliest moment a warning or breach falls due; the SLA clock job looks for these. */
    sla_next_check_at: model.dateTime().nullable(),
    escalated_at: model.dateTime().nullable(),
    version: model.number().default(1),
    metadata: model.json().nullable(),
    messages: model.hasMany(() => TicketMessage, { mappedBy: "ticket" }).searchable(),
    activities: model.hasMany(() => TicketActivity, { mappedBy: "ticket" }),
    tasks: model.hasMany(() => TicketTask, { mappedBy: "ticket" }),
  })
  .indexes([
    { on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"] },
    { on: ["order_id"] },
    { on: ["assignee_id"] },
    { on: ["stage_category"] },
    { on: ["pipeline_key", "stage"] },
    { on: ["created_at"] },
    { on: ["sla_status"] },
    { on: ["sla_due_at"] },
    { on: ["sla_next_check_at"], where: "sla_next_check_at IS NOT NULL" },
  ])
  .cascades({ delete: ["messages", "activities", "tasks"] })

export default ServiceTicket
