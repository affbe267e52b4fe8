/**
 * From repair and warranty records to the forward signals of a part's forecast
 * (src/lib/forecasting/forward-signals.ts): units planned on open repairs per forecast period,
 * and the installed base under warranty with a failure rate observed in the history window.
 */
import type { ForwardSignals, InstalledBaseCohort } from "../forecasting/forward-signals"
import { periodStart, shiftPeriods } from "./demand-history"

type Period = "week" | "month"

export type OpenRepairPartLine = {
  /** Units still to be used: quantity - issued. */
  outstanding: number
  location_id: string
  /** When the repair is planned; null or past means the current period. */
  planned_at: Date | null
}

/** Outstanding units per forecast period (index 0 = the current period). */
export function plannedQuantitiesByPeriod(
  lines: readonly OpenRepairPartLine[],
  grid: { period: Period; firstPeriod: Date; horizon: number }
): number[] {
  const quantities = new Array<number>(grid.horizon).fill(0)
  const starts: number[] = []
  for (let h = 0; h <= grid.horizon; h++) {
    starts.push(shiftPeriods(grid.firstPeriod, grid.period, h).getTime())
  }
  for (const line of lines) {
    if (line.outstanding <= 0) {
      continue
    }
    const at = line.planned_at ? periodStart(line.planned_at, grid.period).getTime() : starts[0]
    if (at >= starts[grid.horizon]) {
      continue
    }
    let index = 0
    while (index + 1 < grid.horizon && at >= starts[index + 1]) {
      index++
    }
    quantities[index] += line.outstanding
  }
  return quantities
}

export type WarrantyUnit = {
  starts_at: Date | null
  ends_at: Date | null
  duration_months: number
}

export type InstalledBaseInput = {
  units: readonly WarrantyUnit[]
  /** Units of the part consumed by in-warranty repairs inside the history window. */
  warrantyConsumption: number
  window: { from: Date; to: Date }
  /** Complete periods in the window that count as history for this part. */
  historyPeriods: number
  period: Period
  now: Date
}

export type InstalledBaseSignal = Pick<
  ForwardSignals,
  "installedBase" | "failureRateByAge" | "warrantyPeriods" | "partsPerFailure" | "baselineWarrantyDemand"
> & {
  units_under_warranty: number
  failure_rate: number
}

/**
 * Fewer unit-periods under warranty than this give a rate too noisy to project (five units
 * sold last month that needed one part would "fail" at 20% a month).
 */
export const MIN_WARRANTY_EXPOSURE = 24

const PERIOD_MS: Record<Period, number> = { week: 7 * 86_400_000, month: 30.4375 * 86_400_000 }

/**
 * Failure rate = in-warranty consumption in the window / unit-periods the installed base spent
 * under warranty in that window (parts per unit per period, so partsPerFailure stays 1). The
 * baseline is what that consumption already put into the history per period; the forecast
 * only gains what today's installed base is expected to need beyond it. Units are aged so that
 * they leave the base when their warranty ends (pending units count with their full term).
 * Returns null when the part has no in-warranty history, too little exposure to trust the
 * rate (MIN_WARRANTY_EXPOSURE) or no unit under warranty now.
 */
export function installedBaseSignal(input: InstalledBaseInput): InstalledBaseSignal | null {
  const periodMs = PERIOD_MS[input.period]
  let exposure = 0
  for (const unit of input.units) {
    if (!unit.starts_at || !unit.ends_at) {
      continue
    }
    const from = Math.max(unit.starts_at.getTime(), input.window.from.getTime())
    const to = Math.min(unit.ends_at.getTime(), input.window.to.getTime())
    exposure += Math.max(0, to - from) / periodMs
  }
  if (input.warrantyConsumption <= 0 || exposure < MIN_WARRANTY_EXPOSURE) {
    return null
  }
  const now = input.now.getTime()
  const remaining = input.units
    .map((unit) =>
      !unit.starts_at || !unit.ends_at
        ? (unit.duration_months * 30.4375 * 86_400_000) / periodMs
        : unit.starts_at.getTime() > now
          ? (unit.ends_at.getTime() - unit.starts_at.getTime()) / periodMs
          : (unit.ends_at.getTime() - now) / periodMs
    )
    .filter((periods) => periods > 0)
  if (!remaining.length) {
    return null
  }
  const warrantyPeriods = Math.ceil(Math.max(...remaining))
  const cohorts = new Map<number, number>()
  for (const periods of remaining) {
    const age = Math.max(0, warrantyPeriods - Math.ceil(periods))
    cohorts.set(age, (cohorts.get(age) ?? 0) + 1)
  }
  const installedBase: InstalledBaseCohort[] = [...cohorts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([age, units]) => ({ age, units }))
  const failureRate = input.warrantyConsumption / exposure
  return {
    installedBase,
    failureRateByAge: [failureRate],
    warrantyPeriods,
    partsPerFailure: 1,
    baselineWarrantyDemand: input.warrantyConsumption / Math.max(1, input.historyPeriods),
    units_under_warranty: remaining.length,
    failure_rate: failureRate,
  }
}
