import type { BusinessCalendar } from "./types"

const NINE_TO_FIVE = [{ start: "09:00", end: "17:00" }]

/** The calendar created on first start: Monday to Friday 09:00-17:00 in Berlin, no holidays. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar & { name: string } = {
  name: "Office hours",
  timezone: "Europe/Berlin",
  working_hours: {
    mon: NINE_TO_FIVE,
    tue: NINE_TO_FIVE,
    wed: NINE_TO_FIVE,
    thu: NINE_TO_FIVE,
    fri: NINE_TO_FIVE,
    sat: [],
    sun: [],
  },
  holidays: [],
}

/** A policy template: targets in business minutes (an office day has 480). */
export interface SlaPolicyTemplate {
  readonly name: string
  readonly priority: "low" | "normal" | "high" | "urgent"
  readonly first_response_minutes: number
  readonly next_response_minutes: number
  readonly resolution_minutes: number
  readonly rank: number
}

/** One policy per priority, created with the default calendar. */
export const DEFAULT_SLA_POLICIES: readonly SlaPolicyTemplate[] = [
  { name: "Urgent", priority: "urgent", first_response_minutes: 60, next_response_minutes: 120, resolution_minutes: 480, rank: 10 },
  { name: "High", priority: "high", first_response_minutes: 120, next_response_minutes: 240, resolution_minutes: 960, rank: 20 },
  { name: "Normal", priority: "normal", first_response_minutes: 240, next_response_minutes: 480, resolution_minutes: 2400, rank: 30 },
  { name: "Low", priority: "low", first_response_minutes: 480, next_response_minutes: 960, resolution_minutes: 4800, rank: 40 },
]
