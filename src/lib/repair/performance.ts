/**
 * Live performance figures per technician, computed from repair orders. Pure: the caller
 * loads the repairs (the technician's own, plus every repair that could be a repeat on the
 * same unit).
 *
 * Definitions (also in the README):
 * - jobs done: repairs with `completed_at` (in the from/to window when given);
 * - turnaround: hours from `received_at` (else `created_at`) to `completed_at`, mean over jobs;
 * - first-time fix: a completed repair with no repeat repair on the same unit, i.e. no other
 *   non-canceled repair with the same `serial_number` (or, without a serial, the same
 *   `line_item_id`) created after completion and within 30 days of it. Units with neither
 *   serial nor line item cannot be matched and count as fixed first time;
 * - on-time rate: completed jobs with `planned_end_at` that were completed on or before it;
 * - parts cost per job: issued part lines (issued minus returned quantity) x unit cost, over jobs;
 * - rating: mean `customer_rating` of rated jobs.
 */

export const REPEAT_WINDOW_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000
const HOUR_MS = 60 * 60 * 1000

export type RepairFigureInput = {
  id: string
  technician_id?: string | null
  stage_category?: string | null
  product_id?: string | null
  product_title?: string | null
  serial_number?: string | null
  line_item_id?: string | null
  fault_codes?: string[] | null
  warranty_status?: string | null
  outcome?: string | null
  currency_code?: string | null
  created_at: string | Date
  received_at?: string | Date | null
  completed_at?: string | Date | null
  planned_end_at?: string | Date | null
  canceled_at?: string | Date | null
  customer_rating?: number | null
  part_lines?: {
    status?: string | null
    quantity_issued?: number | null
    quantity_returned?: number | null
    unit_cost?: unknown
    unit_price?: unknown
    covered?: boolean | null
  }[]
  labour_lines?: {
    hours?: number | null
    hourly_cost?: unknown
    hourly_price?: unknown
    covered?: boolean | null
  }[]
}

export type TechnicianPerformance = {
  jobs_done: number
  open_jobs: number
  mean_turnaround_hours: number | null
  first_time_fix_rate: number | null
  first_time_fixes: number
  repeat_repairs: number
  on_time_rate: number | null
  on_time_jobs: number
  jobs_with_plan: number
  parts_cost_total: number
  parts_cost_per_job: number | null
  mean_rating: number | null
  ratings: number
  /** Jobs done and mean turnaround per month (YYYY-MM), oldest first. */
  by_month: { period: string; jobs_done: number; mean_turnaround_hours: number | null }[]
}

export const OPEN_STAGE_CATEGORIES = ["new", "open", "waiting"] as const

export function toTime(value: string | Date | null | undefined): number | null {
  if (value === null || value === undefined || value === "") {
    return null
  }
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}

/** Money values arrive as numbers, numeric strings or BigNumber-like objects. */
export function toAmount(value: unknown): number {
  if (value === null || value === undefined) {
    return 0
  }
  if (typeof value === "number") {
    return value
  }
  if (typeof value === "string") {
    const parsed = Number(value)
    return Number.isFinite(parsed) ? parsed : 0
  }
  if (typeof value === "object") {
    const candidate = (value as any).numeric ?? (value as any).value ?? (value as any).toJSON?.()
    if (candidate !== undefined && candidate !== value) {
      return toAmount(candidate)
    }
  }
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : 0
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

export function unitKey(repair: Pick<RepairFigureInput, "serial_number" | "line_item_id">): string | null {
  if (repair.serial_number && repair.serial_number.trim()) {
    return `serial:${repair.serial_number.trim().toLowerCase()}`
  }
  if (repair.line_item_id) {
    return `item:${repair.line_item_id}`
  }
  return null
}

export function isCompleted(repair: RepairFigureInput): boolean {
  return toTime(repair.completed_at) !== null && repair.stage_category !== "canceled"
}

export function turnaroundHours(repair: RepairFigureInput): number | null {
  const end = toTime(repair.completed_at)
  const start = toTime(repair.received_at) ?? toTime(repair.created_at)
  if (end === null || start === null || end < start) {
    return null
  }
  return (end - start) / HOUR_MS
}

/**
 * Ids of completed repairs that were followed by a repeat repair on the same unit within
 * `REPEAT_WINDOW_DAYS` of completion. `all` must hold the candidate repeat repairs.
 */
export function findRepeatedRepairs(
  completed: RepairFigureInput[],
  all: RepairFigureInput[]
): Set<string> {
  const byUnit = new Map<string, RepairFigureInput[]>()
  for (const repair of all) {
    const key = unitKey(repair)
    if (!key || repair.stage_category === "canceled" || toTime(repair.canceled_at) !== null) {
      continue
    }
    const list = byUnit.get(key) ?? []
    list.push(repair)
    byUnit.set(key, list)
  }
  const repeated = new Set<string>()
  for (const repair of completed) {
    const key = unitKey(repair)
    const done = toTime(repair.completed_at)
    if (!key || done === null) {
      continue
    }
    const later = (byUnit.get(key) ?? []).some((other) => {
      if (other.id === repair.id) {
        return false
      }
      const created = toTime(other.created_at)
      return created !== null && created > done && created - done <= REPEAT_WINDOW_DAYS * DAY_MS
    })
    if (later) {
      repeated.add(repair.id)
    }
  }
  return repeated
}

export function issuedPartsCost(repair: RepairFigureInput): number {
  return (repair.part_lines ?? []).reduce((sum, line) => {
    if (line.status === "canceled") {
      return sum
    }
    const net = Math.max(0, (line.quantity_issued ?? 0) - (line.quantity_returned ?? 0))
    return sum + net * toAmount(line.unit_cost)
  }, 0)
}

export function inWindow(
  value: string | Date | null | undefined,
  window: { from?: Date | null; to?: Date | null }
): boolean {
  const time = toTime(value)
  if (time === null) {
    return false
  }
  if (window.from && time < window.from.getTime()) {
    return false
  }
  if (window.to && time > window.to.getTime()) {
    return false
  }
  return true
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null
}

export function monthKey(time: number): string {
  return new Date(time).toISOString().slice(0, 7)
}

export function computeTechnicianPerformance(input: {
  technician_id: string
  /** Every repair that may matter: the technician's and possible repeats on the same units. */
  repairs: RepairFigureInput[]
  from?: Date | null
  to?: Date | null
}): TechnicianPerformance {
  const own = input.repairs.filter((repair) => repair.technician_id === input.technician_id)
  const window = { from: input.from, to: input.to }
  const done = own.filter((repair) => isCompleted(repair) && inWindow(repair.completed_at, window))
  const open = own.filter((repair) =>
    (OPEN_STAGE_CATEGORIES as readonly string[]).includes(repair.stage_category ?? "")
  )
  const turnarounds = done
    .map(turnaroundHours)
    .filter((value): value is number => value !== null)
  const repeated = findRepeatedRepairs(done, input.repairs)
  const planned = done.filter((repair) => toTime(repair.planned_end_at) !== null)
  const onTime = planned.filter(
    (repair) => (toTime(repair.completed_at) as number) <= (toTime(repair.planned_end_at) as number)
  )
  const partsCost = done.reduce((sum, repair) => sum + issuedPartsCost(repair), 0)
  const ratings = done
    .map((repair) => repair.customer_rating)
    .filter((value): value is number => typeof value === "number" && value > 0)

  const months = new Map<string, number[]>()
  const monthJobs = new Map<string, number>()
  for (const repair of done) {
    const key = monthKey(toTime(repair.completed_at) as number)
    monthJobs.set(key, (monthJobs.get(key) ?? 0) + 1)
    const hours = turnaroundHours(repair)
    if (hours !== null) {
      months.set(key, [...(months.get(key) ?? []), hours])
    }
  }
  const meanTurnaround = mean(turnarounds)
  const meanRating = mean(ratings)
  return {
    jobs_done: done.length,
    open_jobs: open.length,
    mean_turnaround_hours: meanTurnaround === null ? null : round(meanTurnaround, 1),
    first_time_fix_rate: done.length ? round((done.length - repeated.size) / done.length, 4) : null,
    first_time_fixes: done.length - repeated.size,
    repeat_repairs: repeated.size,
    on_time_rate: planned.length ? round(onTime.length / planned.length, 4) : null,
    on_time_jobs: onTime.length,
    jobs_with_plan: planned.length,
    parts_cost_total: round(partsCost),
    parts_cost_per_job: done.length ? round(partsCost / done.length) : null,
    mean_rating: meanRating === null ? null : round(meanRating, 2),
    ratings: ratings.length,
    by_month: [...monthJobs.keys()].sort().map((period) => {
      const hours = mean(months.get(period) ?? [])
      return {
        period,
        jobs_done: monthJobs.get(period) ?? 0,
        mean_turnaround_hours: hours === null ? null : round(hours, 1),
      }
    }),
  }
}
