/**
 * Follow-up and revisit tasks on service tickets (pure, no Medusa imports).
 *
 * A follow-up is a to-do an agent sets with a due date. A revisit is the callback the desk
 * owes the customer some days after a ticket was resolved; completing it records how it went.
 */

export const TASK_KINDS = ["follow_up", "revisit"] as const
export type TaskKind = (typeof TASK_KINDS)[number]

export const TASK_STATUSES = ["open", "done", "canceled"] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

export const REVISIT_OUTCOMES = ["satisfied", "not_reached", "reopened"] as const
export type RevisitOutcome = (typeof REVISIT_OUTCOMES)[number]

export const DEFAULT_REVISIT_AFTER_DAYS = 3

const DAY_MS = 24 * 60 * 60 * 1000

/** When the revisit of a ticket resolved at `resolvedAt` is due; null when revisits are off (0 days). */
export function revisitDueAt(resolvedAt: Date, afterDays: number): Date | null {
  if (!(afterDays > 0)) {
    return null
  }
  return new Date(resolvedAt.getTime() + afterDays * DAY_MS)
}

/** A valid `revisitAfterDays` option: a finite number >= 0, else the default. */
export function normalizeRevisitAfterDays(value: unknown): number {
  const days = Number(value ?? DEFAULT_REVISIT_AFTER_DAYS)
  return Number.isFinite(days) && days >= 0 ? days : DEFAULT_REVISIT_AFTER_DAYS
}

/**
 * Why a task cannot be completed with this outcome (null: it can). Only open tasks can be
 * completed; a revisit needs an outcome, a follow-up takes none.
 */
export function completionProblem(
  task: { kind: TaskKind; status: TaskStatus },
  outcome: RevisitOutcome | null | undefined
): string | null {
  if (task.status !== "open") {
    return `The task is already ${task.status === "done" ? "done" : "canceled"}.`
  }
  if (task.kind === "revisit" && !outcome) {
    return `Record the outcome of the revisit: ${REVISIT_OUTCOMES.join(", ")}.`
  }
  if (task.kind === "follow_up" && outcome) {
    return "Only revisits record an outcome."
  }
  return null
}

/** Why an open task cannot be canceled or edited (null: it can). */
export function closedTaskProblem(task: { status: TaskStatus }): string | null {
  return task.status === "open"
    ? null
    : `The task is already ${task.status === "done" ? "done" : "canceled"}.`
}

/** Whether an open task is past its due time. */
export function isOverdue(
  task: { status: TaskStatus; due_at: Date | string | null },
  now: Date
): boolean {
  return task.status === "open" && !!task.due_at && new Date(task.due_at).getTime() < now.getTime()
}
