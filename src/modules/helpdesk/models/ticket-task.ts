import { model } from "@medusajs/framework/utils"
import {
  REVISIT_OUTCOMES,
  TASK_KINDS,
  TASK_STATUSES,
} from "../../../lib/helpdesk/ticket-tasks"
import ServiceTicket from "./service-ticket"

/**
 * A to-do on a ticket: a follow-up an agent sets with a due date, or the revisit (callback)
 * created automatically some days after the ticket was resolved, whose `outcome` is recorded
 * when it is done.
 */
const TicketTask = model
  .define("ticket_task", {
    id: model.id({ prefix: "sttask" }).primaryKey(),
    kind: model.enum([...TASK_KINDS]).default("follow_up"),
    title: model.text().searchable(),
    notes: model.text().nullable(),
    due_at: model.dateTime().nullable(),
    assignee_id: model.text().nullable(),
    status: model.enum([...TASK_STATUSES]).default("open"),
    outcome: model.enum([...REVISIT_OUTCOMES]).nullable(),
    completed_at: model.dateTime().nullable(),
    completed_by: model.text().nullable(),
    created_by: model.text().nullable(),
    ticket: model.belongsTo(() => ServiceTicket, { mappedBy: "tasks" }),
  })
  .indexes([
    { on: ["ticket_id", "created_at"] },
    { on: ["status", "due_at"] },
    { on: ["assignee_id", "status"] },
  ])

export default TicketTask
