import { model } from "@medusajs/framework/utils"
import ServiceTicket from "./service-ticket"

export const ACTIVITY_TYPES = [
  "created",
  "stage_changed",
  "assigned",
  "priority_changed",
  "message_added",
  "updated",
  "task_created",
  "task_completed",
  "task_canceled",
] as const
export type TicketActivityType = (typeof ACTIVITY_TYPES)[number]

/** The ticket's timeline: one row per creation, stage change, assignment, priority change, message, update. */
const TicketActivity = model
  .define("ticket_activity", {
    id: model.id({ prefix: "stact" }).primaryKey(),
    type: model.enum([...ACTIVITY_TYPES]),
    actor_type: model.enum(["user", "customer", "api-key", "system"]),
    actor_id: model.text().nullable(),
    data: model.json().nullable(),
    ticket: model.belongsTo(() => ServiceTicket, { mappedBy: "activities" }),
  })
  .indexes([{ on: ["ticket_id", "created_at"] }])

export default TicketActivity
