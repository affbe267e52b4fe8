import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TaskKind } from "../../../lib/helpdesk/ticket-tasks"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateTicketTaskInput = {
  ticket_id: string
  kind?: TaskKind
  title: string
  notes?: string | null
  due_at?: Date | string | null
  assignee_id?: string | null
  created_by?: string | null
}

/**
 * Creates tasks on existing tickets (404 for an unknown ticket). A task without an assignee
 * goes to the ticket's assignee. The compensation removes the tasks again.
 */
export const createTicketTasksStep = createStep(
  "create-ticket-tasks",
  async (tasks: CreateTicketTaskInput[], { container }) => {
    if (!tasks.length) {
      return new StepResponse([], [] as string[])
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ticketIds = [...new Set(tasks.map((task) => task.ticket_id))]
    const tickets = await Promise.all(ticketIds.map((id) => helpdesk.retrieveServiceTicket(id)))
    const assigneeOf = new Map(tickets.map((ticket) => [ticket.id, ticket.assignee_id]))
    const created = await helpdesk.createTicketTasks(
      tasks.map((task) => ({
        ...task,
        due_at: task.due_at ? new Date(task.due_at) : null,
        assignee_id:
          task.assignee_id === undefined ? assigneeOf.get(task.ticket_id) ?? null : task.assignee_id,
      })) as any[]
    )
    return new StepResponse(
      created,
      created.map((task) => task.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteTicketTasks(ids)
  }
)
