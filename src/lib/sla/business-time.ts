import {
  type CompiledCalendar,
  compileCalendar,
  localDayOf,
  workingIntervalsFrom,
  workingIntervalsOn,
} from "./calendar"
import { MINUTE_MS } from "./time-zone"
import type { BusinessCalendar } from "./types"

/**
 * The instant after `minutes` business minutes have passed from `start`
 * (e.g. a due time). Time outside working hours does not count, so a start
 * outside working hours effectively begins at the next working time; adding
 * zero minutes returns `start` unchanged. A result landing exactly on the end
 * of a working interval is that end, not the next opening.
 */
export function addBusinessMinutes(
  calendar: BusinessCalendar,
  start: Date,
  minutes: number
): Date {
  assertDuration(minutes)
  return new Date(
    addBusinessTime(compileCalendar(calendar), instantOf(start, "start"), minutes * MINUTE_MS)
  )
}

/**
 * Business minutes between two instants (fractions included); negative when
 * `to` is before `from`.
 */
export function businessMinutesBetween(
  calendar: BusinessCalendar,
  from: Date,
  to: Date
): number {
  const compiled = compileCalendar(calendar)
  const fromInstant = instantOf(from, "from")
  const toInstant = instantOf(to, "to")
  return toInstant >= fromInstant
    ? businessTimeBetween(compiled, fromInstant, toInstant) / MINUTE_MS
    : -businessTimeBetween(compiled, toInstant, fromInstant) / MINUTE_MS
}

/** Whether `at` falls inside a working interval (start inclusive, end exclusive). */
export function isWorkingTime(calendar: BusinessCalendar, at: Date): boolean {
  const compiled = compileCalendar(calendar)
  const instant = instantOf(at, "at")
  if (compiled.alwaysOpen) {
    return true
  }
  const day = localDayOf(compiled, instant)
  return [day - 1, day].some((candidate) =>
    workingIntervalsOn(compiled, candidate).some(
      (interval) => interval.start <= instant && instant < interval.end
    )
  )
}

/** `at` itself during working time, otherwise the start of the next working interval. */
export function nextWorkingTime(calendar: BusinessCalendar, at: Date): Date {
  const compiled = compileCalendar(calendar)
  const instant = instantOf(at, "at")
  if (compiled.alwaysOpen) {
    return new Date(instant)
  }
  return new Date(workingIntervalsFrom(compiled, instant).next().value.start)
}

/** Instant `duration` business milliseconds after `from`. */
export function addBusinessTime(
  calendar: CompiledCalendar,
  from: number,
  duration: number
): number {
  if (duration === 0 || calendar.alwaysOpen) {
    return from + duration
  }
  let remaining = duration
  const intervals = workingIntervalsFrom(calendar, from)
  for (;;) {
    const { start, end } = intervals.next().value
    if (remaining <= end - start) {
      return start + remaining
    }
    remaining -= end - start
  }
}

function businessTimeBetween(calendar: CompiledCalendar, from: number, to: number): number {
  if (calendar.alwaysOpen) {
    return to - from
  }
  let total = 0
  for (const { start, end } of workingIntervalsFrom(calendar, from)) {
    if (start >= to) {
      break
    }
    total += Math.min(end, to) - start
  }
  return total
}

/** Milliseconds of a valid Date; throws a RangeError naming the argument otherwise. */
export function instantOf(date: Date, name: string): number {
  const instant = date instanceof Date ? date.getTime() : NaN
  if (Number.isNaN(instant)) {
    throw new RangeError(`${name} must be a valid Date.`)
  }
  return instant
}

function assertDuration(minutes: number): void {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number >= 0, got ${minutes}.`)
  }
}
