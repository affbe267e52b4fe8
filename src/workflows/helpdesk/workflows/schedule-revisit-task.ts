import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { StageCategory } from "../../../lib/process/types"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { AuditContext } from "../../audit/types"
import { createTicketActivitiesStep } from "../steps/create-ticket-activities"
import { scheduleRevisitTaskStep } from "../steps/schedule-revisit-task"
import { activityActor, TicketActivityInput } from "../types"

export type TaskRecord = {
  id: string
  ticket_id: string
  kind: string
  title: string
  due_at: Date | string | null
  assignee_id: string | null
  status: string
  outcome: string | null
}

export const createdActivity = (task: TaskRecord, audit: AuditContext, automatic = false): TicketActivityInput => ({
  ticket_id: task.ticket_id,
  type: "task_created",
  ...activityActor(audit),
  data: {
    task_id: task.id,
    kind: task.kind,
    title: task.title,
    due_at: task.due_at,
    assignee_id: task.assignee_id,
    ...(automatic && { automatic: true }),
  },
})

export const createdEvent = (task: TaskRecord) => ({
  id: task.id,
  ticket_id: task.ticket_id,
  kind: task.kind,
  due_at: task.due_at ? new Date(task.due_at).toISOString() : null,
  assignee_id: task.assignee_id,
})

/**
 * The revisit part of a ticket transition (called inside transitionServiceTicketWorkflow):
 * schedules the revisit when the ticket is resolved and cancels it when the ticket is
 * reopened, with timeline rows, audit entries and `service_ticket_task.created`.
 */
export function scheduleRevisitTask(
  transition: WorkflowData<{
    ticket_id: string
    from_category: StageCategory
    to_category: StageCategory
    resolved_at: Date | string | null
    assignee_id: string | null
  }>,
  audit: WorkflowData<AuditContext> | AuditContext
) {
  const scheduleInput = transform({ transition, audit }, ({ transition, audit }) => ({
    ...transition,
    actor_id: audit.actor_id,
  }))
  const revisits = scheduleRevisitTaskStep(scheduleInput)

  const activities = transform({ revisits, audit }, ({ revisits, audit }) => [
    ...revisits.created.map((task) => createdActivity(task, audit, true)),
    ...revisits.canceled.map(
      (task) =>
        ({
          ticket_id: task.ticket_id,
          type: "task_canceled",
          ...activityActor(audit),
          data: { task_id: task.id, kind: task.kind, title: task.title, automatic: true },
        }) as TicketActivityInput
    ),
  ])
  createTicketActivitiesStep(activities).config({ name: "create-revisit-task-activities" })

  const auditEntries = transform({ revisits, audit }, ({ revisits, audit }) => [
    ...revisits.created.map((task) => ({
      context: audit,
      action: "ticket_task.created",
      entity_type: "ticket_task",
      entity_id: task.id,
      after: task as Record<string, unknown>,
      metadata: { automatic: true },
    })),
    ...revisits.canceled.map((task) => ({
      context: audit,
      action: "ticket_task.canceled",
      entity_type: "ticket_task",
      entity_id: task.id,
      before: { status: "open" },
      after: { status: task.status },
      metadata: { automatic: true },
    })),
  ])
  recordAuditEntriesStep(auditEntries).config({ name: "record-revisit-task-audit-entries" })

  const events = transform({ revisits }, ({ revisits }) => ({
    eventName: "service_ticket_task.created",
    data: revisits.created.map((task) => createdEvent(task)),
  }))
  emitEventStep(events).config({ name: "emit-revisit-task-created" })
}
