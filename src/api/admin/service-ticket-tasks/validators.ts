import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createOperatorMap,
} from "@medusajs/medusa/api/utils/validators"
import {
  REVISIT_OUTCOMES,
  TASK_KINDS,
  TASK_STATUSES,
} from "../../../lib/helpdesk/ticket-tasks"

function enumOrList<T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.array(z.enum(values))]).optional()
}

const dueAt = z.coerce.date({ message: "due_at is a date-time, e.g. 2026-03-01T09:00:00Z." })
const notes = z.string().trim().max(5_000).nullish()

export const AdminGetTicketTaskParams = z.object({ fields: z.string().optional() }).strict()

const taskFilters = {
  status: enumOrList(TASK_STATUSES),
  kind: enumOrList(TASK_KINDS),
  /** `me` is the calling user; `null` lists unassigned tasks. */
  assignee_id: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (value === "null" ? null : value))
    .optional(),
  /** Open until (inclusive): tasks due at or before this time. */
  due_before: dueAt.optional(),
  due_at: createOperatorMap().optional(),
  created_at: createOperatorMap().optional(),
}

export type AdminGetTicketTasksParamsType = z.infer<typeof AdminGetTicketTasksParams>
export const AdminGetTicketTasksParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "due_at",
})
  .merge(z.object({ ...taskFilters, ticket_id: z.union([z.string(), z.array(z.string())]).optional() }))
  .strict()

export type AdminGetTicketTasksOfTicketParamsType = z.infer<typeof AdminGetTicketTasksOfTicketParams>
export const AdminGetTicketTasksOfTicketParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "created_at",
})
  .merge(z.object(taskFilters))
  .strict()

export type AdminCreateTicketTaskType = z.infer<typeof AdminCreateTicketTask>
export const AdminCreateTicketTask = z
  .object({
    title: z.string().trim().min(1).max(255),
    notes,
    due_at: dueAt.nullish(),
    /** Defaults to the ticket's assignee; null: nobody. */
    assignee_id: z.string().min(1).nullish(),
  })
  .strict()

export type AdminUpdateTicketTaskType = z.infer<typeof AdminUpdateTicketTask>
export const AdminUpdateTicketTask = z
  .object({
    title: z.string().trim().min(1).max(255).optional(),
    notes,
    due_at: dueAt.nullish(),
    assignee_id: z.string().min(1).nullish(),
  })
  .strict()

export type AdminCompleteTicketTaskType = z.infer<typeof AdminCompleteTicketTask>
export const AdminCompleteTicketTask = z
  .object({
    /** Required for revisits; `reopened` reopens the ticket. */
    outcome: z.enum(REVISIT_OUTCOMES).optional(),
    notes,
  })
  .strict()

export type AdminCancelTicketTaskType = z.infer<typeof AdminCancelTicketTask>
export const AdminCancelTicketTask = z.object({ notes }).strict()
