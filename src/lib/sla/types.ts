/** Day keys of `BusinessCalendar.working_hours`. */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"

/** Opening interval within one day, as wall-clock times "HH:MM"; `end` may be "24:00". */
export interface WorkingInterval {
  readonly start: string
  readonly end: string
}

/**
 * Business hours of a team. Times and holiday dates are wall-clock values in
 * `timezone`; a missing or empty day is closed all day.
 */
export interface BusinessCalendar {
  /** IANA time zone, e.g. "Europe/Berlin". */
  readonly timezone: string
  readonly working_hours: Readonly<Partial<Record<Weekday, readonly WorkingInterval[]>>>
  /** Closed days as "YYYY-MM-DD" in `timezone`. */
  readonly holidays: readonly string[]
}

/** A period in which the SLA clock stood still; `to: null` means it still does. */
export interface SlaPause {
  readonly from: Date
  readonly to: Date | null
}

/** Input of `computeSlaState`. */
export interface SlaClockInput {
  readonly calendar: BusinessCalendar
  /** Business minutes allowed from `startedAt` until the SLA is breached. */
  readonly targetMinutes: number
  readonly startedAt: Date
  readonly pauses?: readonly SlaPause[]
  /** Evaluation instant; pass the stop time (e.g. resolved_at) for a stopped clock. */
  readonly now: Date
  /** Share of the target after which the status becomes "warning"; defaults to 0.8. */
  readonly warningShare?: number
}

/** `breached` outranks `paused`, which outranks `warning`. */
export type SlaStatus = "ok" | "warning" | "breached" | "paused"

/** Snapshot of an SLA clock at `now`. */
export interface SlaState {
  readonly elapsedBusinessMinutes: number
  /** Negative once breached: the business minutes by which the target is overrun. */
  readonly remainingBusinessMinutes: number
  /** When the target is (or was) reached; while paused, projected as if the clock resumed at `now`. */
  readonly dueAt: Date
  /** When the warning share is (or was) reached, projected the same way as `dueAt`. */
  readonly warningAt: Date
  readonly status: SlaStatus
}
