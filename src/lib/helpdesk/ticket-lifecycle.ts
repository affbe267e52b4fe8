/**
 * Service-ticket life-cycle rules on top of the process pipelines (pure, no Medusa imports):
 * ticket numbers, the timestamps a stage category implies, what counts as a reopen, and the
 * stages a customer's "close" and "reopen" lead to.
 */
import { allowedTransitions, getStage, isTerminalCategory } from "../process/pipeline"
import type { PipelineDefinition, StageCategory } from "../process/types"

export const TICKET_NUMBER_PREFIX = "ST-"

/** `ST-000123`; numbers above 999999 simply grow longer. */
export function formatTicketNumber(sequenceValue: number | string): string {
  const value = String(sequenceValue)
  if (!/^[1-9][0-9]*$/.test(value)) {
    throw new Error(`Ticket sequence value "${value}" is not a positive integer.`)
  }
  return `${TICKET_NUMBER_PREFIX}${value.padStart(6, "0")}`
}

const UNFINISHED: ReadonlySet<StageCategory> = new Set(["new", "open", "waiting"])

/** Whether the category means the work on the ticket is done (resolved, closed, canceled). */
export function isFinishedCategory(category: StageCategory): boolean {
  return !UNFINISHED.has(category)
}

/** Moving from a finished category (resolved, closed, canceled) back to an unfinished one. */
export function isReopen(from: StageCategory, to: StageCategory): boolean {
  return isFinishedCategory(from) && !isFinishedCategory(to)
}

export type LifecycleTimestamps = {
  resolved_at: Date | null
  closed_at: Date | null
}

/**
 * The resolved/closed timestamps after entering a stage of `category`:
 * `resolved` sets resolved_at (and clears closed_at), `closed`/`canceled` set closed_at
 * (resolved_at is kept), an unfinished stage clears both. Existing timestamps are kept
 * while the ticket stays in the same kind of stage.
 */
export function lifecycleTimestamps(
  current: LifecycleTimestamps,
  category: StageCategory,
  now: Date
): LifecycleTimestamps {
  if (!isFinishedCategory(category)) {
    return { resolved_at: null, closed_at: null }
  }
  if (category === "resolved") {
    return { resolved_at: current.resolved_at ?? now, closed_at: null }
  }
  return { resolved_at: current.resolved_at, closed_at: current.closed_at ?? now }
}

/**
 * Until when a customer may reopen a finished ticket: `days` after it was closed (or, while
 * only resolved, after it was resolved). Null when the ticket is not finished.
 */
export function reopenDeadline(
  ticket: LifecycleTimestamps & { stage_category: StageCategory },
  days: number
): Date | null {
  if (!isFinishedCategory(ticket.stage_category)) {
    return null
  }
  const since = ticket.closed_at ?? ticket.resolved_at
  if (!since) {
    return null
  }
  return new Date(new Date(since).getTime() + days * 24 * 60 * 60 * 1000)
}

function firstTarget(
  definition: PipelineDefinition,
  from: string,
  categories: readonly StageCategory[]
): string | undefined {
  const targets = allowedTransitions(definition, from).map((transition) =>
    getStage(definition, transition.to)
  )
  for (const category of categories) {
    const target = targets.find((stage) => stage.category === category)
    if (target) {
      return target.key
    }
  }
  return undefined
}

export type CustomerMove =
  | { ok: true; to: string }
  | { ok: false; reason: string }

/**
 * Where a customer's "close" leads: the first allowed `closed` stage, otherwise (the
 * request was never resolved) the first allowed `canceled` stage, i.e. withdrawn.
 */
export function customerCloseTarget(
  definition: PipelineDefinition,
  stage: string
): CustomerMove {
  const current = getStage(definition, stage)
  if (isTerminalCategory(current.category)) {
    return { ok: false, reason: "This ticket is already closed." }
  }
  const to = firstTarget(definition, stage, ["closed", "canceled"])
  return to
    ? { ok: true, to }
    : { ok: false, reason: `A ticket in stage "${current.name}" cannot be closed.` }
}

/**
 * Where a customer's "reopen" leads: the first allowed `open` stage, else `new`, else
 * `waiting`. Only resolved, closed or canceled tickets can be reopened.
 */
export function customerReopenTarget(
  definition: PipelineDefinition,
  stage: string
): CustomerMove {
  const current = getStage(definition, stage)
  if (!isFinishedCategory(current.category)) {
    return { ok: false, reason: "This ticket is still open." }
  }
  const to = firstTarget(definition, stage, ["open", "new", "waiting"])
  return to
    ? { ok: true, to }
    : { ok: false, reason: `A ticket in stage "${current.name}" cannot be reopened.` }
}

/**
 * The stage an agent's reply or an assignment may advance to automatically: from a `new`
 * stage on assignment, the first allowed `open` stage; from a `waiting` stage when the
 * customer answers, the first allowed `open` stage. Undefined when no such move applies.
 */
export function automaticAdvance(
  definition: PipelineDefinition,
  stage: string,
  trigger: "assigned" | "customer_replied"
): string | undefined {
  const current = getStage(definition, stage)
  const from: StageCategory = trigger === "assigned" ? "new" : "waiting"
  if (current.category !== from) {
    return undefined
  }
  return firstTarget(definition, stage, ["open"])
}
