import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  closedTaskProblem,
  completionProblem,
  RevisitOutcome,
} from "../../../lib/helpdesk/ticket-tasks"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type TicketTaskChange =
  | {
      id: string
      action: "update"
      title?: string
      notes?: string | null
      due_at?: Date | string | null
      assignee_id?: string | null
    }
  | {
      id: string
      action: "complete"
      outcome?: RevisitOutcome | null
      notes?: string | null
      actor_id: string | null
    }
  | { id: string; action: "cancel"; notes?: string | null; actor_id: string | null }

const RESTORABLE_FIELDS = [
  "title",
  "notes",
  "due_at",
  "assignee_id",
  "status",
  "outcome",
  "completed_at",
  "completed_by",
] as const

/**
 * Edits, completes or cancels an open task (400 for one that is done or canceled; a revisit
 * is completed with its outcome). The compensation writes the previous values back.
 */
export const changeTicketTaskStep = createStep(
  "change-ticket-task",
  async (change: TicketTaskChange, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.retrieveTicketTask(change.id)
    const problem =
      change.action === "complete"
        ? completionProblem(before, change.outcome)
        : closedTaskProblem(before)
    if (problem) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    }
    let update: Record<string, unknown>
    if (change.action === "update") {
      const { action, ...fields } = change
      update = {
        ...fields,
        ...(fields.due_at !== undefined && { due_at: fields.due_at ? new Date(fields.due_at) : null }),
      }
    } else {
      update = {
        id: change.id,
        status: change.action === "complete" ? "done" : "canceled",
        outcome: change.action === "complete" ? change.outcome ?? null : null,
        completed_at: new Date(),
        completed_by: change.actor_id,
        ...(change.notes !== undefined && { notes: change.notes }),
      }
    }
    const after = await helpdesk.updateTicketTasks(update as any)
    const previous = Object.fromEntries(
      RESTORABLE_FIELDS.map((field) => [field, (before as any)[field] ?? null])
    )
    return new StepResponse({ before, after }, { id: before.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateTicketTasks(previous as any)
  }
)
