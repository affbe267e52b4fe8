import { addBusinessTime, instantOf } from "./business-time"
import { compileCalendar, workingIntervalsFrom } from "./calendar"
import { MINUTE_MS } from "./time-zone"
import type { SlaClockInput, SlaPause, SlaState } from "./types"

const DEFAULT_WARNING_SHARE = 0.8

interface PauseSpan {
  readonly from: number
  readonly to: number
}

/**
 * Evaluates an SLA clock at `now`. Business time counts from `startedAt`
 * except during pauses (a pause with `to: null` lasts until `now`). `dueAt`
 * and `warningAt` are the instants the target and warning share were reached;
 * when not reached yet they are projected from `now` as if the clock kept (or
 * started again) running, so a paused clock still has a due time that moves
 * on while the pause lasts. The target is breached once the elapsed business
 * time reaches it, so a zero target is breached immediately.
 */
export function computeSlaState(input: SlaClockInput): SlaState {
  const calendar = compileCalendar(input.calendar)
  const warningShare = input.warningShare ?? DEFAULT_WARNING_SHARE
  if (!Number.isFinite(input.targetMinutes) || input.targetMinutes < 0) {
    throw new RangeError(`targetMinutes must be a finite number >= 0, got ${input.targetMinutes}.`)
  }
  if (!(warningShare >= 0 && warningShare <= 1)) {
    throw new RangeError(`warningShare must be between 0 and 1, got ${warningShare}.`)
  }
  const startedAt = instantOf(input.startedAt, "startedAt")
  const now = instantOf(input.now, "now")
  const rawPauses = input.pauses ?? []
  const pauses = pauseSpans(rawPauses, startedAt, now)
  const target = input.targetMinutes * MINUTE_MS
  const warningTarget = target * warningShare

  let elapsed = 0
  let dueAt = target === 0 ? startedAt : undefined
  let warningAt = warningTarget === 0 ? startedAt : undefined
  const countRunningTime = (from: number, to: number) => {
    const length = to - from
    if (warningAt === undefined && elapsed + length >= warningTarget) {
      warningAt = from + (warningTarget - elapsed)
    }
    if (dueAt === undefined && elapsed + length >= target) {
      dueAt = from + (target - elapsed)
    }
    elapsed += length
  }

  let pauseIndex = 0
  for (const interval of workingIntervalsFrom(calendar, startedAt)) {
    if (interval.start >= now) {
      break
    }
    const end = Math.min(interval.end, now)
    let cursor = interval.start
    while (pauseIndex < pauses.length && pauses[pauseIndex].to <= cursor) {
      pauseIndex++
    }
    for (let index = pauseIndex; cursor < end; index++) {
      const pause = pauses[index]
      if (!pause || pause.from >= end) {
        countRunningTime(cursor, end)
        break
      }
      if (pause.from > cursor) {
        countRunningTime(cursor, pause.from)
      }
      cursor = Math.max(cursor, pause.to)
    }
  }

  const projectFrom = Math.max(now, startedAt)
  dueAt ??= addBusinessTime(calendar, projectFrom, target - elapsed)
  warningAt ??= addBusinessTime(calendar, projectFrom, warningTarget - elapsed)
  const paused = rawPauses.some(
    (pause) => pause.from.getTime() <= now && (pause.to === null || pause.to.getTime() > now)
  )

  return {
    elapsedBusinessMinutes: elapsed / MINUTE_MS,
    remainingBusinessMinutes: (target - elapsed) / MINUTE_MS,
    dueAt: new Date(dueAt),
    warningAt: new Date(warningAt),
    status:
      elapsed >= target
        ? "breached"
        : paused
          ? "paused"
          : elapsed >= warningTarget
            ? "warning"
            : "ok",
  }
}

// Pauses clipped to [startedAt, now], sorted and merged.
function pauseSpans(pauses: readonly SlaPause[], startedAt: number, now: number): PauseSpan[] {
  const spans: PauseSpan[] = []
  const clipped = pauses
    .map((pause, index) => {
      const from = instantOf(pause.from, `pauses[${index}].from`)
      const to = pause.to === null ? Infinity : instantOf(pause.to, `pauses[${index}].to`)
      if (to < from) {
        throw new RangeError(`pauses[${index}] ends before it starts.`)
      }
      return { from: Math.max(from, startedAt), to: Math.min(to, now) }
    })
    .filter((span) => span.to > span.from)
    .sort((a, b) => a.from - b.from)
  for (const span of clipped) {
    const previous = spans[spans.length - 1]
    if (previous && span.from <= previous.to) {
      spans[spans.length - 1] = { from: previous.from, to: Math.max(previous.to, span.to) }
    } else {
      spans.push(span)
    }
  }
  return spans
}

