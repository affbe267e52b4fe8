import {
  DAY_MS,
  MINUTE_MS,
  instantAtWallClock,
  isValidTimeZone,
  offsetAt,
  uniformOffsetAround,
} from "./time-zone"
import type { BusinessCalendar, Weekday, WorkingInterval } from "./types"

// Weekday keys indexed like `Date.prototype.getUTCDay` (0 = Sunday).
const WEEKDAYS: readonly Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
const MINUTES_PER_DAY = 1440
const TIME_PATTERN = /^(\d{2}):(\d{2})$/
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
// Consecutive days without working time after which a search gives up.
const MAX_DAYS_WITHOUT_WORK = 400
// Days of working intervals memoised per calendar (about eleven years).
const MAX_CACHED_DAYS = 4096
// Distinct calendars kept compiled.
const MAX_CACHED_CALENDARS = 256

/** A calendar that is always open: 24 hours, 7 days, no holidays. */
export const ALWAYS_OPEN_CALENDAR: BusinessCalendar = Object.freeze({
  timezone: "UTC",
  working_hours: Object.freeze(
    Object.fromEntries(
      WEEKDAYS.map((day) => [day, Object.freeze([Object.freeze({ start: "00:00", end: "24:00" })])])
    )
  ),
  holidays: Object.freeze([]),
})

/** A calendar that fails {@link validateCalendar}. */
export class InvalidCalendarError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid business calendar: ${problems.join(" ")}`)
    this.name = "InvalidCalendarError"
  }
}

/** Checks a calendar and returns one message per problem; an empty list means it is valid. */
export function validateCalendar(calendar: BusinessCalendar): string[] {
  const problems: string[] = []
  if (!isValidTimeZone(calendar.timezone)) {
    problems.push(`Time zone "${calendar.timezone}" is not a valid IANA time zone.`)
  }

  const workingHours: Record<string, unknown> = calendar.working_hours ?? {}
  let intervalCount = 0
  for (const [day, intervals] of Object.entries(workingHours)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      problems.push(`working_hours has unknown day "${day}"; expected mon, tue, wed, thu, fri, sat or sun.`)
      continue
    }
    if (!Array.isArray(intervals)) {
      problems.push(`working_hours.${day} must be a list of intervals.`)
      continue
    }
    intervalCount += intervals.length
    problems.push(...validateDayIntervals(day, intervals))
  }
  if (intervalCount === 0) {
    problems.push("working_hours has no working interval on any day.")
  }

  if (!Array.isArray(calendar.holidays)) {
    problems.push("holidays must be a list of dates.")
  } else {
    calendar.holidays.forEach((holiday, index) => {
      if (parseDate(holiday) === undefined) {
        problems.push(`holidays[${index}] "${holiday}" is not a valid "YYYY-MM-DD" date.`)
      }
    })
  }
  return problems
}

/** Working interval as UTC instants in milliseconds, end exclusive. */
export interface InstantInterval {
  readonly start: number
  readonly end: number
}

/** A validated calendar prepared for fast lookups. */
export interface CompiledCalendar {
  readonly timeZone: string
  /** Open every minute of every day: business time equals real time. */
  readonly alwaysOpen: boolean
  /** Per weekday (0 = Sunday): sorted, merged [startMinute, endMinute] pairs. */
  readonly weeklyMinutes: readonly (readonly [number, number][])[]
  /** Holiday day numbers (days since 1970-01-01 of the wall clock). */
  readonly holidays: ReadonlySet<number>
  readonly intervalsByDay: Map<number, readonly InstantInterval[]>
}

const compiledCalendars = new Map<string, CompiledCalendar>()

/**
 * Validates and prepares a calendar. Compiled calendars are memoised by
 * content, so calendars loaded afresh for every ticket share one compiled
 * calendar and its per-day cache. Throws an {@link InvalidCalendarError}.
 */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const cacheKey = JSON.stringify([calendar.timezone, calendar.working_hours, calendar.holidays])
  const cached = compiledCalendars.get(cacheKey)
  if (cached) {
    return cached
  }
  const problems = validateCalendar(calendar)
  if (problems.length > 0) {
    throw new InvalidCalendarError(problems)
  }
  const weeklyMinutes = WEEKDAYS.map((day) =>
    mergeRanges(
      (calendar.working_hours[day] ?? []).map(
        (interval): [number, number] => [parseTime(interval.start)!, parseTime(interval.end)!]
      )
    )
  )
  const holidays = new Set(calendar.holidays.map((holiday) => parseDate(holiday)!))
  const compiled: CompiledCalendar = {
    timeZone: calendar.timezone,
    alwaysOpen:
      holidays.size === 0 &&
      weeklyMinutes.every(
        (ranges) => ranges.length === 1 && ranges[0][0] === 0 && ranges[0][1] === MINUTES_PER_DAY
      ),
    weeklyMinutes,
    holidays,
    intervalsByDay: new Map(),
  }
  if (compiledCalendars.size >= MAX_CACHED_CALENDARS) {
    compiledCalendars.delete(compiledCalendars.keys().next().value!)
  }
  compiledCalendars.set(cacheKey, compiled)
  return compiled
}

/** Day number (days since 1970-01-01) of the calendar's wall-clock date at `instant`. */
export function localDayOf(calendar: CompiledCalendar, instant: number): number {
  return Math.floor((instant + offsetAt(calendar.timeZone, instant)) / DAY_MS)
}

/**
 * Working intervals of one local day as instants, sorted and disjoint.
 * An interval runs from the first moment the wall clock shows its start to
 * the last moment it shows its end, so on the day clocks go back an interval
 * spanning the repeated hour is one hour longer; wall-clock times skipped when
 * clocks go forward resolve to the instant of the jump.
 */
export function workingIntervalsOn(
  calendar: CompiledCalendar,
  day: number
): readonly InstantInterval[] {
  const cached = calendar.intervalsByDay.get(day)
  if (cached) {
    return cached
  }
  const intervals = calendar.holidays.has(day) ? [] : buildIntervals(calendar, day)
  if (calendar.intervalsByDay.size >= MAX_CACHED_DAYS) {
    calendar.intervalsByDay.delete(calendar.intervalsByDay.keys().next().value!)
  }
  calendar.intervalsByDay.set(day, intervals)
  return intervals
}

/**
 * Working intervals from `from` onwards, in order, clipped so none starts
 * before `from` or overlaps the previous one. Endless: the consumer stops.
 * Throws if the calendar has no working time for a very long stretch.
 */
export function* workingIntervalsFrom(
  calendar: CompiledCalendar,
  from: number
): Generator<InstantInterval, never> {
  let cursor = from
  let daysWithoutWork = 0
  for (let day = localDayOf(calendar, from) - 1; ; day++) {
    const intervals = workingIntervalsOn(calendar, day)
    daysWithoutWork = intervals.length === 0 ? daysWithoutWork + 1 : 0
    if (daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
      throw new RangeError(
        `Business calendar has no working time for ${MAX_DAYS_WITHOUT_WORK} consecutive days after ${new Date(from).toISOString()}.`
      )
    }
    for (const interval of intervals) {
      const start = Math.max(interval.start, cursor)
      if (interval.end > start) {
        yield { start, end: interval.end }
        cursor = interval.end
      }
    }
  }
}

function buildIntervals(calendar: CompiledCalendar, day: number): InstantInterval[] {
  const ranges = calendar.weeklyMinutes[weekdayOf(day)]
  if (ranges.length === 0) {
    return []
  }
  const dayStart = day * DAY_MS
  const offset = uniformOffsetAround(calendar.timeZone, day)
  const toInstant = (minute: number, occurrence: "first" | "last"): number =>
    offset === null
      ? instantAtWallClock(calendar.timeZone, dayStart + minute * MINUTE_MS, occurrence)
      : dayStart + minute * MINUTE_MS - offset
  const intervals: InstantInterval[] = []
  for (const [startMinute, endMinute] of ranges) {
    const start = toInstant(startMinute, "first")
    const end = toInstant(endMinute, "last")
    const previous = intervals[intervals.length - 1]
    if (previous && start <= previous.end) {
      intervals[intervals.length - 1] = { start: previous.start, end: Math.max(previous.end, end) }
    } else if (end > start) {
      intervals.push({ start, end })
    }
  }
  return intervals
}

function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

function validateDayIntervals(day: string, intervals: readonly WorkingInterval[]): string[] {
  const problems: string[] = []
  const ranges: [number, number][] = []
  intervals.forEach((interval, index) => {
    const label = `working_hours.${day}[${index}]`
    const start = parseTime(interval?.start)
    const end = parseTime(interval?.end)
    if (start === undefined || start === MINUTES_PER_DAY) {
      problems.push(`${label}: start "${interval?.start}" must be a time "HH:MM" from 00:00 to 23:59.`)
    }
    if (end === undefined) {
      problems.push(`${label}: end "${interval?.end}" must be a time "HH:MM" from 00:00 to 24:00.`)
    }
    if (start === undefined || end === undefined || start === MINUTES_PER_DAY) {
      return
    }
    if (start >= end) {
      problems.push(`${label}: start ${interval.start} must be before end ${interval.end}.`)
      return
    }
    ranges.push([start, end])
  })
  ranges.sort((a, b) => a[0] - b[0])
  for (let index = 1; index < ranges.length; index++) {
    if (ranges[index][0] < ranges[index - 1][1]) {
      problems.push(
        `working_hours.${day}: intervals ${formatRange(ranges[index - 1])} and ${formatRange(ranges[index])} overlap.`
      )
    }
  }
  return problems
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = []
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const previous = merged[merged.length - 1]
    if (previous && start <= previous[1]) {
      previous[1] = Math.max(previous[1], end)
    } else {
      merged.push([start, end])
    }
  }
  return merged
}

// Minutes after midnight of "HH:MM" (up to "24:00"), or undefined.
function parseTime(value: unknown): number | undefined {
  const match = typeof value === "string" ? TIME_PATTERN.exec(value) : null
  if (!match) {
    return undefined
  }
  const minutes = Number(match[1]) * 60 + Number(match[2])
  return Number(match[2]) < 60 && minutes <= MINUTES_PER_DAY ? minutes : undefined
}

// Day number of "YYYY-MM-DD", or undefined if it is not a real date.
function parseDate(value: unknown): number | undefined {
  const match = typeof value === "string" ? DATE_PATTERN.exec(value) : null
  if (!match) {
    return undefined
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? date.getTime() / DAY_MS
    : undefined
}

function formatRange([start, end]: readonly [number, number]): string {
  const format = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`
  return `${format(start)}-${format(end)}`
}
