import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isFinishedCategory } from "../../../lib/helpdesk/ticket-lifecycle"
import { revisitDueAt } from "../../../lib/helpdesk/ticket-tasks"
import type { StageCategory } from "../../../lib/process/types"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ScheduleRevisitTaskInput = {
  ticket_id: string
  from_category: StageCategory
  to_category: StageCategory
  resolved_at: Date | string | null
  assignee_id: string | null
  actor_id: string | null
}

/** The default title; the admin shows revisits by kind, so this is only a fallback label. */
export const REVISIT_TASK_TITLE = "Call the customer back: is the problem solved?"

/**
 * Keeps a ticket's revisit in step with its stage: entering a resolved stage from an
 * unfinished one schedules the revisit `revisitAfterDays` after resolution (unless one is
 * open already, or revisits are off); reopening cancels the open revisit, as the callback
 * no longer applies. The compensation undoes both.
 */
export const scheduleRevisitTaskStep = createStep(
  "schedule-service-ticket-revisit",
  async (input: ScheduleRevisitTaskInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const result = { created: [] as any[], canceled: [] as any[] }
    const open = await helpdesk.listTicketTasks({
      ticket_id: input.ticket_id,
      kind: "revisit",
      status: "open",
    })

    if (
      input.to_category === "resolved" &&
      !isFinishedCategory(input.from_category) &&
      !open.length
    ) {
      const dueAt = revisitDueAt(
        input.resolved_at ? new Date(input.resolved_at) : new Date(),
        helpdesk.getRevisitAfterDays()
      )
      if (dueAt) {
        const task = await helpdesk.createTicketTasks({
          ticket_id: input.ticket_id,
          kind: "revisit",
          title: REVISIT_TASK_TITLE,
          due_at: dueAt,
          assignee_id: input.assignee_id,
          created_by: input.actor_id,
        } as any)
        result.created.push(task)
      }
    } else if (
      isFinishedCategory(input.from_category) &&
      !isFinishedCategory(input.to_category) &&
      open.length
    ) {
      result.canceled = await helpdesk.updateTicketTasks(
        open.map((task) => ({
          id: task.id,
          status: "canceled",
          completed_at: new Date(),
          completed_by: input.actor_id,
        })) as any[]
      )
    }
    return new StepResponse(result, {
      created: result.created.map((task) => task.id as string),
      canceled: result.canceled.map((task) => task.id as string),
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    if (undo.created.length) {
      await helpdesk.deleteTicketTasks(undo.created)
    }
    if (undo.canceled.length) {
      await helpdesk.updateTicketTasks(
        undo.canceled.map((id) => ({
          id,
          status: "open",
          completed_at: null,
          completed_by: null,
        })) as any[]
      )
    }
  }
)
