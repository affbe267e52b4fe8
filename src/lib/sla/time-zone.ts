export const MINUTE_MS = 60_000
export const DAY_MS = 86_400_000

// Days of offsets memoised per time zone (about eleven years).
const MAX_CACHED_DAYS_PER_ZONE = 4096

const formatters = new Map<string, Intl.DateTimeFormat>()
const uniformOffsetsByZone = new Map<string, Map<number, number | null>>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** Whether `Intl` knows the time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone === "") {
    return false
  }
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

/**
 * Milliseconds to add to a UTC instant to get the wall-clock reading in the
 * zone at that instant (e.g. +2 h for Europe/Berlin in summer).
 */
export function offsetAt(timeZone: string, instant: number): number {
  return uniformOffsetAround(timeZone, Math.floor(instant / DAY_MS)) ?? intlOffsetAt(timeZone, instant)
}

/**
 * The zone's offset if it is the same from one day before to two days after
 * the start of `day` (days since 1970-01-01), else null. The window holds
 * every instant of UTC day `day` and of local day `day` in any zone, so a
 * non-null result answers offset questions for both without calling `Intl`.
 * Memoised per zone; assumes offsets never change twice within three days.
 */
export function uniformOffsetAround(timeZone: string, day: number): number | null {
  let offsetsByDay = uniformOffsetsByZone.get(timeZone)
  if (!offsetsByDay) {
    offsetsByDay = new Map()
    uniformOffsetsByZone.set(timeZone, offsetsByDay)
  }
  const cached = offsetsByDay.get(day)
  if (cached !== undefined) {
    return cached
  }
  const dayStart = day * DAY_MS
  const offsetBefore = intlOffsetAt(timeZone, dayStart - DAY_MS)
  const offset =
    offsetBefore === intlOffsetAt(timeZone, dayStart + 2 * DAY_MS) ? offsetBefore : null
  if (offsetsByDay.size >= MAX_CACHED_DAYS_PER_ZONE) {
    offsetsByDay.delete(offsetsByDay.keys().next().value!)
  }
  offsetsByDay.set(day, offset)
  return offset
}

/**
 * The instant at which the zone's clocks show `wallClock` (a wall-clock
 * reading encoded as milliseconds since 1970-01-01T00:00 of that clock).
 * A reading that occurs twice (clocks going back) resolves to its `first` or
 * `last` occurrence; a reading skipped by clocks going forward resolves to the
 * instant of the jump, the first moment the clock shows a later time.
 */
export function instantAtWallClock(
  timeZone: string,
  wallClock: number,
  occurrence: "first" | "last"
): number {
  const offsetBefore = offsetAt(timeZone, wallClock - DAY_MS)
  const offsetAfter = offsetAt(timeZone, wallClock + DAY_MS)
  if (offsetBefore === offsetAfter) {
    return wallClock - offsetBefore
  }
  const occurrences = [wallClock - offsetBefore, wallClock - offsetAfter].filter(
    (instant) => instant + offsetAt(timeZone, instant) === wallClock
  )
  if (occurrences.length > 0) {
    return occurrence === "first" ? Math.min(...occurrences) : Math.max(...occurrences)
  }
  return offsetChangeInstant(timeZone, wallClock - offsetAfter, wallClock - offsetBefore)
}

// First whole second in (before, after] whose offset differs from the offset at `before`.
function offsetChangeInstant(timeZone: string, before: number, after: number): number {
  const offsetBefore = offsetAt(timeZone, before)
  let unchangedSecond = Math.floor(before / 1000)
  let changedSecond = Math.ceil(after / 1000)
  while (changedSecond - unchangedSecond > 1) {
    const middle = Math.floor((unchangedSecond + changedSecond) / 2)
    if (offsetAt(timeZone, middle * 1000) === offsetBefore) {
      unchangedSecond = middle
    } else {
      changedSecond = middle
    }
  }
  return changedSecond * 1000
}

function intlOffsetAt(timeZone: string, instant: number): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000
  const fields: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(wholeSecond)) {
    if (part.type !== "literal") {
      fields[part.type] = Number(part.value)
    }
  }
  const wallClock = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second
  )
  return wallClock - wholeSecond
}
