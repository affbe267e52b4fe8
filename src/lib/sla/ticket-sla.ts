import { computeSlaState } from "./sla-clock"
import type { BusinessCalendar, SlaPause, SlaStatus } from "./types"

/** The three clocks of a ticket. */
export const SLA_TARGETS = ["first_response", "next_response", "resolution"] as const
export type SlaTarget = (typeof SLA_TARGETS)[number]

export type SlaEventKind = "warning" | "breached"

/**
 * Which events were raised per target (ISO times). The next-response entry belongs to one
 * waiting customer message: `since` is its awaiting_response_since, and an entry for an
 * earlier message does not count for a later one.
 */
export type SlaNotified = Partial<
  Record<SlaTarget, { since?: string; warning?: string; breached?: string }>
>

/** A policy's targets in business minutes (null: no target). */
export interface TicketSlaTargets {
  readonly first_response_minutes: number | null
  readonly next_response_minutes: number | null
  readonly resolution_minutes: number | null
  /** Share of a target, in percent, after which the warning is raised. */
  readonly warning_percent: number
}

/** What the ticket tells about its clocks. */
export interface TicketSlaFacts {
  /** When the first-response and resolution clocks started (the ticket's creation). */
  readonly startedAt: Date
  /** Pauses of all clocks (stages with SLA "paused"); `to: null` is the current one. */
  readonly pauses: readonly SlaPause[]
  readonly firstRespondedAt: Date | null
  /** Since when the customer's last message waits for an answer; null: nothing waits. */
  readonly awaitingResponseSince: Date | null
  /** When the ticket was resolved, closed or canceled; null while it is unfinished. */
  readonly finishedAt: Date | null
  readonly notified: SlaNotified
}

export interface SlaTargetEvaluation {
  readonly target: SlaTarget
  readonly dueAt: Date
  readonly warningAt: Date
  /** When the clock stopped (answered, resolved); null while it runs or is paused. */
  readonly stoppedAt: Date | null
  /** For a stopped clock: breached when it stopped too late, else ok. */
  readonly status: SlaStatus
  readonly elapsedBusinessMinutes: number
  readonly remainingBusinessMinutes: number
}

export interface SlaDueEvent {
  readonly target: SlaTarget
  readonly kind: SlaEventKind
  /** The warning moment or the due time. */
  readonly at: Date
  readonly dueAt: Date
}

export interface TicketSlaEvaluation {
  readonly first_response_due_at: Date | null
  readonly next_response_due_at: Date | null
  readonly resolution_due_at: Date | null
  /** Earliest due time of the clocks still running or paused; null when none is. */
  readonly sla_due_at: Date | null
  /** Worst of the targets: breached > paused > warning > ok; null without targets. */
  readonly sla_status: SlaStatus | null
  /** Earliest warning or breach not yet raised (past ones included); null if none can come. */
  readonly sla_next_check_at: Date | null
  readonly targets: readonly SlaTargetEvaluation[]
  /** Warnings and breaches reached by `now` and not raised yet, warnings first. */
  readonly dueEvents: readonly SlaDueEvent[]
}

/**
 * Evaluates a ticket's SLA clocks at `now`. First response runs from the start until the
 * first public agent reply, resolution until the ticket is finished, next response from the
 * customer's waiting message until an agent answers. Every clock stands still during pauses.
 * A stopped clock keeps its verdict: a late first response or resolution stays `breached`.
 * While paused, due times are projected as if the clock resumed now (they move on later).
 */
export function evaluateTicketSla(
  calendar: BusinessCalendar,
  targets: TicketSlaTargets,
  facts: TicketSlaFacts,
  now: Date
): TicketSlaEvaluation {
  const warningShare = targets.warning_percent / 100
  const evaluations: SlaTargetEvaluation[] = []
  const dueEvents: SlaDueEvent[] = []
  let nextCheck: number | null = null
  const consider = (instant: Date) => {
    nextCheck = nextCheck === null ? instant.getTime() : Math.min(nextCheck, instant.getTime())
  }

  const clocks: { target: SlaTarget; minutes: number | null; startedAt: Date | null; stoppedAt: Date | null }[] = [
    {
      target: "first_response",
      minutes: targets.first_response_minutes,
      startedAt: facts.startedAt,
      stoppedAt: facts.firstRespondedAt ?? facts.finishedAt,
    },
    {
      target: "next_response",
      minutes: targets.next_response_minutes,
      startedAt: facts.awaitingResponseSince,
      // a finished ticket waits for nobody; a customer writing afterwards reopens it first
      stoppedAt: facts.finishedAt,
    },
    {
      target: "resolution",
      minutes: targets.resolution_minutes,
      startedAt: facts.startedAt,
      stoppedAt: facts.finishedAt,
    },
  ]

  for (const clock of clocks) {
    if (clock.minutes === null || clock.startedAt === null) {
      continue
    }
    const stoppedAt =
      clock.stoppedAt && clock.stoppedAt.getTime() <= now.getTime() ? clock.stoppedAt : null
    const state = computeSlaState({
      calendar,
      targetMinutes: clock.minutes,
      startedAt: clock.startedAt,
      pauses: facts.pauses,
      now: stoppedAt ?? now,
      warningShare,
    })
    const status: SlaStatus = stoppedAt
      ? state.status === "breached"
        ? "breached"
        : "ok"
      : state.status
    evaluations.push({
      target: clock.target,
      dueAt: state.dueAt,
      warningAt: state.warningAt,
      stoppedAt,
      status,
      elapsedBusinessMinutes: state.elapsedBusinessMinutes,
      remainingBusinessMinutes: state.remainingBusinessMinutes,
    })

    const raised = notifiedFor(facts, clock.target)
    const warningReached = state.elapsedBusinessMinutes >= clock.minutes * warningShare
    const breachReached = state.status === "breached"
    const runningUnpaused = !stoppedAt && state.status !== "paused"
    if (!raised.warning) {
      if (warningReached) {
        dueEvents.push({ target: clock.target, kind: "warning", at: state.warningAt, dueAt: state.dueAt })
        consider(state.warningAt)
      } else if (runningUnpaused) {
        consider(state.warningAt)
      }
    }
    if (!raised.breached) {
      if (breachReached) {
        dueEvents.push({ target: clock.target, kind: "breached", at: state.dueAt, dueAt: state.dueAt })
        consider(state.dueAt)
      } else if (runningUnpaused) {
        consider(state.dueAt)
      }
    }
  }

  const dueOf = (target: SlaTarget) =>
    evaluations.find((evaluation) => evaluation.target === target)?.dueAt ?? null
  dueEvents.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "warning" ? -1 : 1))
  return {
    first_response_due_at: dueOf("first_response"),
    next_response_due_at: dueOf("next_response"),
    resolution_due_at: dueOf("resolution"),
    sla_due_at: earliest(
      evaluations.filter((evaluation) => !evaluation.stoppedAt).map((evaluation) => evaluation.dueAt)
    ),
    sla_status: worstStatus(evaluations.map((evaluation) => evaluation.status)),
    sla_next_check_at: nextCheck === null ? null : new Date(nextCheck),
    targets: evaluations,
    dueEvents,
  }
}

function earliest(dates: readonly Date[]): Date | null {
  return dates.length ? new Date(Math.min(...dates.map((date) => date.getTime()))) : null
}

/** The events already raised for a target (for next response: for the current message). */
export function notifiedFor(
  facts: Pick<TicketSlaFacts, "notified" | "awaitingResponseSince">,
  target: SlaTarget
): { warning?: string; breached?: string } {
  const entry = facts.notified[target]
  if (!entry) {
    return {}
  }
  if (target === "next_response") {
    const since = facts.awaitingResponseSince?.toISOString()
    return since && entry.since === since ? entry : {}
  }
  return entry
}

/** `notified` with the given events recorded as raised at `raisedAt`. */
export function recordSlaEvents(
  notified: SlaNotified,
  events: readonly Pick<SlaDueEvent, "target" | "kind">[],
  awaitingResponseSince: Date | null,
  raisedAt: Date
): SlaNotified {
  const next: SlaNotified = { ...notified }
  for (const event of events) {
    const current =
      event.target === "next_response"
        ? notifiedFor({ notified: next, awaitingResponseSince }, "next_response")
        : next[event.target] ?? {}
    next[event.target] = {
      ...current,
      ...(event.target === "next_response" && { since: awaitingResponseSince?.toISOString() }),
      [event.kind]: raisedAt.toISOString(),
    }
  }
  return next
}

const STATUS_ORDER: readonly SlaStatus[] = ["breached", "paused", "warning", "ok"]

/** breached > paused > warning > ok; null for no statuses. */
export function worstStatus(statuses: readonly SlaStatus[]): SlaStatus | null {
  return STATUS_ORDER.find((status) => statuses.includes(status)) ?? null
}

/** A finished pause as stored on the ticket. */
export interface StoredSlaPause {
  readonly from: string
  readonly to: string
}

/**
 * Opens or closes the pause when a ticket enters a stage: a pause opens when the clock runs
 * and the stage pauses it, and closes (joining the finished pauses) when a paused clock enters
 * a running stage. Anything else leaves the pauses as they are.
 */
export function nextPauseState(
  current: { pauses: readonly StoredSlaPause[]; pausedSince: Date | null },
  stagePausesClock: boolean,
  now: Date
): { pauses: StoredSlaPause[]; pausedSince: Date | null } {
  if (stagePausesClock && !current.pausedSince) {
    return { pauses: [...current.pauses], pausedSince: now }
  }
  if (!stagePausesClock && current.pausedSince) {
    const to = now.getTime() < current.pausedSince.getTime() ? current.pausedSince : now
    return {
      pauses: [...current.pauses, { from: current.pausedSince.toISOString(), to: to.toISOString() }],
      pausedSince: null,
    }
  }
  return { pauses: [...current.pauses], pausedSince: current.pausedSince }
}

/** Stored pauses plus the open one, as the clock functions take them. */
export function pausesOf(
  pauses: readonly StoredSlaPause[] | null | undefined,
  pausedSince: Date | null
): SlaPause[] {
  return [
    ...(pauses ?? []).map((pause) => ({ from: new Date(pause.from), to: new Date(pause.to) })),
    ...(pausedSince ? [{ from: pausedSince, to: null }] : []),
  ]
}

const PRIORITY_LADDER = ["low", "normal", "high", "urgent"] as const

/** The next higher priority, or undefined when already at the top (or unknown). */
export function escalatedPriority(priority: string): string | undefined {
  const index = (PRIORITY_LADDER as readonly string[]).indexOf(priority)
  return index >= 0 && index < PRIORITY_LADDER.length - 1 ? PRIORITY_LADDER[index + 1] : undefined
}
