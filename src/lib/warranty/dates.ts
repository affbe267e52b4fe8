/**
 * Warranty date arithmetic. All calculations are in UTC so a warranty does not move with the
 * server's time zone.
 */

const DAY_MS = 24 * 60 * 60 * 1000

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate()
}

/**
 * `start` plus `months` calendar months, keeping the time of day. When the target month is
 * shorter the day is clamped to its last day: 31 January + 1 month = 28 (or 29) February,
 * 29 February 2024 + 12 months = 28 February 2025.
 */
export function addMonths(start: Date, months: number): Date {
  if (!Number.isInteger(months)) {
    throw new Error(`Warranty duration must be a whole number of months, got ${months}.`)
  }
  const year = start.getUTCFullYear()
  const month = start.getUTCMonth() + months
  const targetYear = year + Math.floor(month / 12)
  const targetMonth = ((month % 12) + 12) % 12
  const day = Math.min(start.getUTCDate(), daysInMonth(targetYear, targetMonth))
  return new Date(
    Date.UTC(
      targetYear,
      targetMonth,
      day,
      start.getUTCHours(),
      start.getUTCMinutes(),
      start.getUTCSeconds(),
      start.getUTCMilliseconds()
    )
  )
}

/** The coverage window of a warranty that starts at `start` and lasts `duration_months`. */
export function warrantyWindow(start: Date, duration_months: number): { starts_at: Date; ends_at: Date } {
  return { starts_at: new Date(start.getTime()), ends_at: addMonths(start, duration_months) }
}

/**
 * Windows of extended warranties on one unit: the first starts where the standard warranty
 * ends, each further one where the previous extension ends (in the given order).
 */
export function extensionWindows(
  standardEndsAt: Date,
  durations: number[]
): { starts_at: Date; ends_at: Date }[] {
  const windows: { starts_at: Date; ends_at: Date }[] = []
  let start = standardEndsAt
  for (const months of durations) {
    const window = warrantyWindow(start, months)
    windows.push(window)
    start = window.ends_at
  }
  return windows
}

/** Whole days from `now` until `end` (rounded up; 0 once the end is reached). */
export function daysUntil(end: Date, now: Date): number {
  const diff = end.getTime() - now.getTime()
  return diff <= 0 ? 0 : Math.ceil(diff / DAY_MS)
}

export function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined || value === "") {
    return null
  }
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}
