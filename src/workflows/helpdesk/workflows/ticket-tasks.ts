import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { RevisitOutcome } from "../../../lib/helpdesk/ticket-tasks"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { changeTicketTaskStep } from "../steps/change-ticket-task"
import { createTicketActivitiesStep } from "../steps/create-ticket-activities"
import { createTicketTasksStep, CreateTicketTaskInput } from "../steps/create-ticket-tasks"
import { validateAssigneeStep } from "../steps/validate-assignee"
import { activityActor, TicketActivityInput } from "../types"
import { createdActivity, createdEvent, TaskRecord } from "./schedule-revisit-task"
import { transitionServiceTicketWorkflow } from "./transition-service-ticket"

/** A follow-up task an agent sets on a ticket, with a due date and an assignee. */
export const createTicketTaskWorkflow = createWorkflow(
  "create-ticket-task",
  (input: { task: Omit<CreateTicketTaskInput, "kind" | "created_by">; audit: AuditContext }) => {
    const assigneeId = transform({ input }, ({ input }) => input.task.assignee_id ?? null)
    validateAssigneeStep(assigneeId)
    const tasksInput = transform({ input }, ({ input }) => [
      { ...input.task, kind: "follow_up" as const, created_by: input.audit.actor_id },
    ])
    const created = createTicketTasksStep(tasksInput)
    const task = transform({ created }, ({ created }) => created[0] as unknown as TaskRecord)

    const activities = transform({ input, task }, ({ input, task }) => [
      createdActivity(task, input.audit),
    ])
    createTicketActivitiesStep(activities)
    const auditEntry = transform({ input, task }, ({ input, task }) => ({
      context: input.audit,
      action: "ticket_task.created",
      entity_type: "ticket_task",
      entity_id: task.id,
      after: task as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    const event = transform({ task }, ({ task }) => ({
      eventName: "service_ticket_task.created",
      data: createdEvent(task),
    }))
    emitEventStep(event).config({ name: "emit-ticket-task-created" })
    return new WorkflowResponse(task)
  }
)

export type UpdateTicketTaskWorkflowInput = {
  id: string
  update: {
    title?: string
    notes?: string | null
    due_at?: Date | string | null
    assignee_id?: string | null
  }
  audit: AuditContext
}

/** Edits an open task's title, notes, due date or assignee. */
export const updateTicketTaskWorkflow = createWorkflow(
  "update-ticket-task",
  (input: UpdateTicketTaskWorkflowInput) => {
    const assigneeId = transform({ input }, ({ input }) => input.update.assignee_id ?? null)
    validateAssigneeStep(assigneeId)
    const change = transform({ input }, ({ input }) => ({
      id: input.id,
      action: "update" as const,
      ...input.update,
    }))
    const changed = changeTicketTaskStep(change)
    const auditEntry = transform({ input, changed }, ({ input, changed }) => ({
      context: input.audit,
      action: "ticket_task.updated",
      entity_type: "ticket_task",
      entity_id: input.id,
      before: changed.before as unknown as Record<string, unknown>,
      after: changed.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(changed.after)
  }
)

export type CompleteTicketTaskWorkflowInput = {
  id: string
  outcome?: RevisitOutcome | null
  notes?: string | null
  audit: AuditContext
}

/**
 * Marks a task done. A revisit records its outcome; `reopened` also reopens the ticket through
 * the transition workflow (its first allowed open stage, reopen_count + 1), all or nothing.
 */
export const completeTicketTaskWorkflow = createWorkflow(
  "complete-ticket-task",
  (input: CompleteTicketTaskWorkflowInput) => {
    const change = transform({ input }, ({ input }) => ({
      id: input.id,
      action: "complete" as const,
      outcome: input.outcome ?? null,
      notes: input.notes,
      actor_id: input.audit.actor_id,
    }))
    const changed = changeTicketTaskStep(change)
    const task = transform({ changed }, ({ changed }) => changed.after as unknown as TaskRecord)

    const activities = transform({ input, task }, ({ input, task }) => [
      {
        ticket_id: task.ticket_id,
        type: "task_completed",
        ...activityActor(input.audit),
        data: { task_id: task.id, kind: task.kind, title: task.title, outcome: task.outcome },
      } as TicketActivityInput,
    ])
    createTicketActivitiesStep(activities)
    const auditEntry = transform({ input, changed }, ({ input, changed }) => ({
      context: input.audit,
      action: "ticket_task.completed",
      entity_type: "ticket_task",
      entity_id: input.id,
      before: changed.before as unknown as Record<string, unknown>,
      after: changed.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)

    when("reopen-ticket-after-revisit", { task }, ({ task }) => task.outcome === "reopened").then(
      () => {
        const reopenInput = transform({ input, task }, ({ input, task }) => ({
          id: task.ticket_id,
          action: "reopen" as const,
          audit: input.audit,
        }))
        transitionServiceTicketWorkflow.runAsStep({ input: reopenInput })
      }
    )

    const event = transform({ task }, ({ task }) => ({
      eventName: "service_ticket_task.completed",
      data: {
        id: task.id,
        ticket_id: task.ticket_id,
        kind: task.kind,
        outcome: task.outcome,
      },
    }))
    emitEventStep(event).config({ name: "emit-ticket-task-completed" })
    return new WorkflowResponse(task)
  }
)

/** Cancels an open task (it is no longer needed); it stays on the ticket as canceled. */
export const cancelTicketTaskWorkflow = createWorkflow(
  "cancel-ticket-task",
  (input: { id: string; notes?: string | null; audit: AuditContext }) => {
    const change = transform({ input }, ({ input }) => ({
      id: input.id,
      action: "cancel" as const,
      notes: input.notes,
      actor_id: input.audit.actor_id,
    }))
    const changed = changeTicketTaskStep(change)
    const activities = transform({ input, changed }, ({ input, changed }) => {
      const task = changed.after as unknown as TaskRecord
      return [
        {
          ticket_id: task.ticket_id,
          type: "task_canceled",
          ...activityActor(input.audit),
          data: { task_id: task.id, kind: task.kind, title: task.title },
        } as TicketActivityInput,
      ]
    })
    createTicketActivitiesStep(activities)
    const auditEntry = transform({ input, changed }, ({ input, changed }) => ({
      context: input.audit,
      action: "ticket_task.canceled",
      entity_type: "ticket_task",
      entity_id: input.id,
      before: changed.before as unknown as Record<string, unknown>,
      after: changed.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(changed.after)
  }
)
