/**
 * Repair analytics over a date window. Pure: the caller loads repairs created or completed in
 * the window plus the repairs created up to 30 days after it (candidate repeats).
 *
 * - volume: repairs created and completed per period (week starting Monday UTC, or month);
 * - turnaround: p50/p90/mean hours (received, else created -> completed) of repairs completed in
 *   the window, overall and per period; percentiles interpolate linearly between ranks;
 * - first-time fix and repeat-failure rate (see performance.ts): overall, by product, by fault code;
 * - cost per repair: parts (issued net of returns x unit cost) + labour (hours x hourly cost) of
 *   completed repairs;
 * - warranty cost per product: what covered part and labour lines are worth at price
 *   (`covered_amount`, what the customer did not pay) and at cost (`covered_cost`);
 * - outcome mix: completed repairs per outcome.
 */
import {
  findRepeatedRepairs,
  inWindow,
  isCompleted,
  issuedPartsCost,
  RepairFigureInput,
  round,
  toAmount,
  toTime,
  turnaroundHours,
} from "./performance"

export type AnalyticsPeriod = "week" | "month"

export type RepairAnalytics = {
  from: string
  to: string
  period: AnalyticsPeriod
  currency_code: string | null
  totals: {
    created: number
    completed: number
    canceled: number
  }
  volume: { period: string; created: number; completed: number }[]
  turnaround: {
    count: number
    p50_hours: number | null
    p90_hours: number | null
    mean_hours: number | null
    by_period: { period: string; count: number; p50_hours: number | null; p90_hours: number | null }[]
  }
  first_time_fix: { completed: number; first_time_fixes: number; repeats: number; rate: number | null }
  repeat_failure_by_product: {
    product_id: string | null
    product_title: string | null
    completed: number
    repeats: number
    rate: number
  }[]
  repeat_failure_by_fault_code: { fault_code: string; completed: number; repeats: number; rate: number }[]
  cost_per_repair: {
    repairs: number
    parts_cost: number
    labour_cost: number
    total_cost: number
    mean_cost: number | null
  }
  warranty_cost_by_product: {
    product_id: string | null
    product_title: string | null
    repairs: number
    covered_amount: number
    covered_cost: number
  }[]
  outcome_mix: { outcome: string; count: number; share: number }[]
}

/** Percentile with linear interpolation between closest ranks (p in 0..100). */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) {
    return null
  }
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 1) {
    return sorted[0]
  }
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1)
  const lower = Math.floor(rank)
  const upper = Math.ceil(rank)
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower)
}

/** Period label: `YYYY-MM` for months, the Monday `YYYY-MM-DD` (UTC) for weeks. */
export function periodKey(time: number, period: AnalyticsPeriod): string {
  const date = new Date(time)
  if (period === "month") {
    return date.toISOString().slice(0, 7)
  }
  const day = (date.getUTCDay() + 6) % 7
  const monday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day)
  return new Date(monday).toISOString().slice(0, 10)
}

/** Every period between from and to, oldest first (so charts show empty periods as zero). */
export function periodsBetween(from: Date, to: Date, period: AnalyticsPeriod): string[] {
  const keys: string[] = []
  let cursor = from.getTime()
  let guard = 0
  while (cursor <= to.getTime() && guard < 1000) {
    const key = periodKey(cursor, period)
    if (keys[keys.length - 1] !== key) {
      keys.push(key)
    }
    const date = new Date(cursor)
    cursor =
      period === "month"
        ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)
        : cursor + 7 * 24 * 60 * 60 * 1000
    guard += 1
  }
  const last = periodKey(to.getTime(), period)
  if (keys[keys.length - 1] !== last) {
    keys.push(last)
  }
  return keys
}

function labourCost(repair: RepairFigureInput, covered?: boolean, atPrice = false): number {
  return (repair.labour_lines ?? []).reduce((sum, line) => {
    if (covered !== undefined && Boolean(line.covered) !== covered) {
      return sum
    }
    return sum + (line.hours ?? 0) * toAmount(atPrice ? line.hourly_price : line.hourly_cost)
  }, 0)
}

function coveredParts(repair: RepairFigureInput, atPrice: boolean): number {
  return (repair.part_lines ?? []).reduce((sum, line) => {
    if (!line.covered || line.status === "canceled") {
      return sum
    }
    const net = Math.max(0, (line.quantity_issued ?? 0) - (line.quantity_returned ?? 0))
    return sum + net * toAmount(atPrice ? line.unit_price : line.unit_cost)
  }, 0)
}

export function computeRepairAnalytics(input: {
  repairs: RepairFigureInput[]
  from: Date
  to: Date
  period: AnalyticsPeriod
}): RepairAnalytics {
  const window = { from: input.from, to: input.to }
  const created = input.repairs.filter((repair) => inWindow(repair.created_at, window))
  const completed = input.repairs.filter(
    (repair) => isCompleted(repair) && inWindow(repair.completed_at, window)
  )
  const canceled = created.filter((repair) => repair.stage_category === "canceled")
  const repeated = findRepeatedRepairs(completed, input.repairs)

  const periods = periodsBetween(input.from, input.to, input.period)
  const volume = new Map(periods.map((key) => [key, { period: key, created: 0, completed: 0 }]))
  const hoursByPeriod = new Map<string, number[]>(periods.map((key) => [key, []]))
  for (const repair of created) {
    const key = periodKey(toTime(repair.created_at) as number, input.period)
    const row = volume.get(key)
    if (row) {
      row.created += 1
    }
  }
  const allHours: number[] = []
  for (const repair of completed) {
    const key = periodKey(toTime(repair.completed_at) as number, input.period)
    const row = volume.get(key)
    if (row) {
      row.completed += 1
    }
    const hours = turnaroundHours(repair)
    if (hours !== null) {
      allHours.push(hours)
      hoursByPeriod.get(key)?.push(hours)
    }
  }
  const roundOrNull = (value: number | null) => (value === null ? null : round(value, 1))

  const byProduct = new Map<string, { product_id: string | null; product_title: string | null; completed: number; repeats: number }>()
  const byFault = new Map<string, { fault_code: string; completed: number; repeats: number }>()
  const warranty = new Map<string, { product_id: string | null; product_title: string | null; repairs: number; covered_amount: number; covered_cost: number }>()
  const outcomes = new Map<string, number>()
  let partsCost = 0
  let labour = 0
  for (const repair of completed) {
    const productKey = repair.product_id ?? repair.product_title ?? "-"
    const product = byProduct.get(productKey) ?? {
      product_id: repair.product_id ?? null,
      product_title: repair.product_title ?? null,
      completed: 0,
      repeats: 0,
    }
    product.completed += 1
    product.repeats += repeated.has(repair.id) ? 1 : 0
    byProduct.set(productKey, product)
    for (const code of new Set(repair.fault_codes ?? [])) {
      const fault = byFault.get(code) ?? { fault_code: code, completed: 0, repeats: 0 }
      fault.completed += 1
      fault.repeats += repeated.has(repair.id) ? 1 : 0
      byFault.set(code, fault)
    }
    const coveredAmount = coveredParts(repair, true) + labourCost(repair, true, true)
    const coveredCost = coveredParts(repair, false) + labourCost(repair, true, false)
    if (coveredAmount > 0 || coveredCost > 0) {
      const entry = warranty.get(productKey) ?? {
        product_id: repair.product_id ?? null,
        product_title: repair.product_title ?? null,
        repairs: 0,
        covered_amount: 0,
        covered_cost: 0,
      }
      entry.repairs += 1
      entry.covered_amount += coveredAmount
      entry.covered_cost += coveredCost
      warranty.set(productKey, entry)
    }
    const outcome = repair.outcome ?? "unknown"
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
    partsCost += issuedPartsCost(repair)
    labour += labourCost(repair)
  }
  const rate = (repeats: number, total: number) => (total ? round(repeats / total, 4) : 0)
  const currencies = new Set(completed.map((repair) => repair.currency_code).filter(Boolean))

  return {
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    period: input.period,
    currency_code: currencies.size === 1 ? ([...currencies][0] as string) : null,
    totals: { created: created.length, completed: completed.length, canceled: canceled.length },
    volume: [...volume.values()],
    turnaround: {
      count: allHours.length,
      p50_hours: roundOrNull(percentile(allHours, 50)),
      p90_hours: roundOrNull(percentile(allHours, 90)),
      mean_hours: allHours.length
        ? round(allHours.reduce((sum, value) => sum + value, 0) / allHours.length, 1)
        : null,
      by_period: periods.map((key) => {
        const hours = hoursByPeriod.get(key) ?? []
        return {
          period: key,
          count: hours.length,
          p50_hours: roundOrNull(percentile(hours, 50)),
          p90_hours: roundOrNull(percentile(hours, 90)),
        }
      }),
    },
    first_time_fix: {
      completed: completed.length,
      first_time_fixes: completed.length - repeated.size,
      repeats: repeated.size,
      rate: completed.length ? round((completed.length - repeated.size) / completed.length, 4) : null,
    },
    repeat_failure_by_product: [...byProduct.values()]
      .map((row) => ({ ...row, rate: rate(row.repeats, row.completed) }))
      .sort((a, b) => b.rate - a.rate || b.completed - a.completed),
    repeat_failure_by_fault_code: [...byFault.values()]
      .map((row) => ({ ...row, rate: rate(row.repeats, row.completed) }))
      .sort((a, b) => b.rate - a.rate || b.completed - a.completed),
    cost_per_repair: {
      repairs: completed.length,
      parts_cost: round(partsCost),
      labour_cost: round(labour),
      total_cost: round(partsCost + labour),
      mean_cost: completed.length ? round((partsCost + labour) / completed.length) : null,
    },
    warranty_cost_by_product: [...warranty.values()]
      .map((row) => ({ ...row, covered_amount: round(row.covered_amount), covered_cost: round(row.covered_cost) }))
      .sort((a, b) => b.covered_amount - a.covered_amount),
    outcome_mix: [...outcomes.entries()]
      .map(([outcome, count]) => ({
        outcome,
        count,
        share: completed.length ? round(count / completed.length, 4) : 0,
      }))
      .sort((a, b) => b.count - a.count),
  }
}
