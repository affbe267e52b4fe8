/**
 * From a part's forecast to stock decisions: lead time in forecast periods, the expected
 * shortage before the next delivery, and the reorder-policy numbers a forecast proposes.
 */
import type { ReorderPolicyNumbers } from "./reorder-policy"

export type ForecastPeriodName = "week" | "month"

const DAYS_PER_PERIOD: Record<ForecastPeriodName, number> = { week: 7, month: 30.4375 }

export function leadTimeInPeriods(days: number, period: ForecastPeriodName): number {
  return Math.max(0, days) / DAYS_PER_PERIOD[period]
}

/** Forecast demand over the first `periods` periods; a fractional last period counts pro rata. */
export function demandOverPeriods(forecast: readonly number[], periods: number): number {
  let total = 0
  for (let h = 0; h < forecast.length && h < periods; h++) {
    total += Math.max(0, forecast[h]) * Math.min(1, periods - h)
  }
  return total
}

export type ShortageInput = {
  available: number
  incoming: number
  forecast: readonly number[]
  leadTimePeriods: number
}

export type ShortageEstimate = {
  demand_over_lead_time: number
  position: number
  /** Units missing before the next delivery arrives: max(0, demand - position). */
  expected_shortage: number
  /** Position minus demand: negative means a shortage. */
  projected_balance: number
}

/** available + incoming - forecast demand over the lead time. */
export function estimateShortage(input: ShortageInput): ShortageEstimate {
  const demand = demandOverPeriods(input.forecast, input.leadTimePeriods)
  const position = input.available + input.incoming
  const balance = position - demand
  return {
    demand_over_lead_time: round2(demand),
    position,
    expected_shortage: round2(Math.max(0, -balance)),
    projected_balance: round2(balance),
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/**
 * The policy numbers after following a forecast: the forecast's reorder point and safety
 * stock (whole units, safety stock between 0 and the reorder point). min_max keeps min =
 * reorder point; a max below the new reorder point moves up and keeps its old distance.
 */
export function policyFromForecast(
  current: ReorderPolicyNumbers,
  proposal: { reorder_point: number; safety_stock: number }
): ReorderPolicyNumbers {
  const reorderPoint = Math.max(0, Math.ceil(proposal.reorder_point))
  const safetyStock = Math.min(reorderPoint, Math.max(0, Math.round(proposal.safety_stock)))
  let maxQuantity = current.max_quantity
  if (maxQuantity !== null && maxQuantity < reorderPoint) {
    maxQuantity = reorderPoint + Math.max(0, maxQuantity - current.reorder_point)
  }
  return {
    method: current.method,
    reorder_point: reorderPoint,
    safety_stock: safetyStock,
    min_quantity: current.method === "min_max" ? reorderPoint : current.min_quantity,
    max_quantity: maxQuantity,
  }
}
