/**
 * Forward signals: demand the history cannot see yet, added on top of a statistical forecast.
 *
 * - Planned quantities: units of the part already planned on open repair orders, per future
 *   period. They are known demand, so the period's forecast is at least that much:
 *   adjusted = max(forecast, planned). (Taking the maximum, not the sum, because the history
 *   forecast already expects the usual repair volume; a planned repair is part of it.)
 * - Installed base under warranty: units sold, grouped by age in periods, each failing with
 *   `failureRateByAge[age]` (expected failures per unit per period, from observed warranty
 *   repairs) and needing `partsPerFailure` parts. Units age one period per forecast period
 *   and leave the base at `warrantyPeriods`. Their expected demand beyond
 *   `baselineWarrantyDemand` (what the history already contains per period) is added.
 */

export type InstalledBaseCohort = {
  /** Age of the units in periods at the forecast origin. */
  age: number
  units: number
}

export type ForwardSignals = {
  /** Planned units per forecast period (index 0 = first forecast period). */
  plannedQuantities?: readonly number[]
  installedBase?: readonly InstalledBaseCohort[]
  /** Expected failures per unit per period, by age in periods; ages past the end use the last value. */
  failureRateByAge?: readonly number[]
  /** Warranty length in periods; units at or beyond it no longer count. */
  warrantyPeriods?: number
  partsPerFailure?: number
  /** Warranty demand per period already in the history (default 0). */
  baselineWarrantyDemand?: number
}

export type SignalAdjustment = {
  forecast: number[]
  /** Units added per period by planned repairs and by the installed base. */
  planned: number[]
  installedBase: number[]
  /** Total units the signals added over the horizon. */
  addedDemand: number
}

function rateAt(rates: readonly number[], age: number): number {
  if (!rates.length) {
    return 0
  }
  return Math.max(0, rates[Math.min(age, rates.length - 1)] ?? 0)
}

/** Expected warranty demand per forecast period from the installed base. */
export function installedBaseDemand(signals: ForwardSignals, horizon: number): number[] {
  const base = signals.installedBase ?? []
  const rates = signals.failureRateByAge ?? []
  const warranty = signals.warrantyPeriods ?? Number.POSITIVE_INFINITY
  const partsPerFailure = signals.partsPerFailure ?? 1
  const demand: number[] = []
  for (let h = 0; h < horizon; h++) {
    let expected = 0
    for (const cohort of base) {
      const age = cohort.age + h
      if (age < warranty && cohort.units > 0) {
        expected += cohort.units * rateAt(rates, age) * partsPerFailure
      }
    }
    demand.push(expected)
  }
  return demand
}

export function applyForwardSignals(forecast: readonly number[], signals: ForwardSignals = {}): SignalAdjustment {
  const horizon = forecast.length
  const warrantyDemand = installedBaseDemand(signals, horizon)
  const baseline = Math.max(0, signals.baselineWarrantyDemand ?? 0)
  const adjusted: number[] = []
  const planned: number[] = []
  const installed: number[] = []
  for (let h = 0; h < horizon; h++) {
    const base = Math.max(0, forecast[h])
    const plannedHere = Math.max(0, signals.plannedQuantities?.[h] ?? 0)
    const afterPlanned = Math.max(base, plannedHere)
    const extraWarranty = Math.max(0, warrantyDemand[h] - baseline)
    planned.push(afterPlanned - base)
    installed.push(extraWarranty)
    adjusted.push(afterPlanned + extraWarranty)
  }
  const addedDemand = adjusted.reduce((sum, value, h) => sum + value - Math.max(0, forecast[h]), 0)
  return { forecast: adjusted, planned, installedBase: installed, addedDemand }
}
