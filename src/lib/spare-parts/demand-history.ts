/**
 * Demand history of spare parts from the stock-movement ledger, bucketed per period.
 *
 * Demand is what left stock to be used: repair consumption (`issue` rows referencing a repair
 * order, net of `return_to_stock` rows of the same repair orders), other issues (manual
 * issues) and sales (`sale` rows recorded from host fulfilments). Receipts, transfers,
 * adjustments and scrap are stock changes, not demand. A compensation row
 * (`metadata.reversal_of`) cancels the row it reverses, so both are left out.
 * Periods are UTC: days, ISO weeks starting on Monday, calendar months.
 */

export const DEMAND_PERIODS = ["day", "week", "month"] as const
export type DemandPeriod = (typeof DEMAND_PERIODS)[number]

export type LedgerRow = {
  id: string
  part_id: string
  type: string
  quantity: number
  reference_type: string | null
  occurred_at: Date | string
  /** The id of the row this row reverses (`metadata.reversal_of`), if it is a reversal. */
  reversal_of?: string | null
}

export type DemandBucket = {
  /** First day of the period, YYYY-MM-DD. */
  period_start: string
  repair: number
  sales: number
  other: number
  total: number
}

const DAY_MS = 86_400_000

/** YYYY-MM-DD of a UTC date. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** The first instant (UTC) of the period containing `date`. */
export function periodStart(date: Date | string, period: DemandPeriod): Date {
  const value = new Date(date)
  const day = new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()))
  if (period === "day") {
    return day
  }
  if (period === "week") {
    const weekday = (day.getUTCDay() + 6) % 7
    return new Date(day.getTime() - weekday * DAY_MS)
  }
  return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), 1))
}

/** The start of the period after the one starting at `start`. */
export function nextPeriodStart(start: Date, period: DemandPeriod): Date {
  if (period === "day") {
    return new Date(start.getTime() + DAY_MS)
  }
  if (period === "week") {
    return new Date(start.getTime() + 7 * DAY_MS)
  }
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
}

/** Period starts from the period of `from` to the period of `to`, both included. */
export function periodGrid(from: Date | string, to: Date | string, period: DemandPeriod): string[] {
  const starts: string[] = []
  const last = periodStart(to, period).getTime()
  for (let start = periodStart(from, period); start.getTime() <= last; start = nextPeriodStart(start, period)) {
    starts.push(isoDate(start))
  }
  return starts
}

/** Moves `count` periods back (negative) or ahead from the period starting at `start`. */
export function shiftPeriods(start: Date, period: DemandPeriod, count: number): Date {
  if (period === "month") {
    return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + count, 1))
  }
  return new Date(start.getTime() + count * (period === "week" ? 7 : 1) * DAY_MS)
}

type DemandKind = "repair" | "sales" | "other"

/** Which demand a ledger row adds to, and how much (positive = demand); null if none. */
export function demandOf(row: Pick<LedgerRow, "type" | "quantity" | "reference_type">): {
  kind: DemandKind
  quantity: number
} | null {
  const quantity = Number(row.quantity)
  if (row.type === "sale") {
    return { kind: "sales", quantity: -quantity }
  }
  if (row.type === "issue") {
    return { kind: row.reference_type === "repair_order" ? "repair" : "other", quantity: -quantity }
  }
  if (row.type === "return_to_stock") {
    return { kind: row.reference_type === "repair_order" ? "repair" : "other", quantity: -quantity }
  }
  return null
}

/** Ledger rows without the reversal pairs (a reversal and the row it reverses). */
export function withoutReversals<Row extends Pick<LedgerRow, "id" | "reversal_of">>(rows: Row[]): Row[] {
  const reversed = new Set(rows.map((row) => row.reversal_of).filter(Boolean) as string[])
  return rows.filter((row) => !row.reversal_of && !reversed.has(row.id))
}

/**
 * Buckets one part's ledger rows into demand per period over [from, to]; every period of
 * the range is present, periods without demand with zeros. Rows outside the range are left out.
 */
export function bucketDemand(
  rows: LedgerRow[],
  options: { period: DemandPeriod; from: Date | string; to: Date | string }
): DemandBucket[] {
  const grid = periodGrid(options.from, options.to, options.period)
  const buckets = new Map<string, DemandBucket>(
    grid.map((start) => [start, { period_start: start, repair: 0, sales: 0, other: 0, total: 0 }])
  )
  for (const row of withoutReversals(rows)) {
    const demand = demandOf(row)
    if (!demand) {
      continue
    }
    const bucket = buckets.get(isoDate(periodStart(row.occurred_at, options.period)))
    if (!bucket) {
      continue
    }
    bucket[demand.kind] += demand.quantity
    bucket.total += demand.quantity
  }
  return grid.map((start) => buckets.get(start)!)
}

/**
 * Demand per part on one shared period grid (what forecastMany wants): part id -> totals
 * per period, oldest first. Parts without rows get all zeros. Net negative periods (more
 * returned than issued in the period) count as zero demand.
 */
export function demandSeriesByPart(
  rows: LedgerRow[],
  partIds: string[],
  options: { period: DemandPeriod; from: Date | string; to: Date | string }
): Map<string, number[]> {
  const rowsByPart = new Map<string, LedgerRow[]>(partIds.map((id) => [id, []]))
  for (const row of rows) {
    rowsByPart.get(row.part_id)?.push(row)
  }
  const series = new Map<string, number[]>()
  for (const [partId, partRows] of rowsByPart) {
    series.set(
      partId,
      bucketDemand(partRows, options).map((bucket) => Math.max(0, bucket.total))
    )
  }
  return series
}
