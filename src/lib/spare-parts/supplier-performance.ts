/**
 * Supplier performance from goods receipts. Pure, no Medusa.
 *
 * - on-time rate: share of receipts dated on or before the order's expected date (the whole
 *   expected day counts, in UTC); receipts of orders without an expected date are left out.
 * - lead time: days from the order being placed (ordered_at) to each receipt, mean and median.
 * - quantity accuracy: over finished orders (received or closed), accepted units (capped at the
 *   ordered quantity per line) divided by ordered units; short and damaged deliveries lower it.
 * - damaged rate: damaged units / delivered units over all receipts.
 * Every figure is null when there is nothing to measure it on.
 */

const DAY_MS = 24 * 60 * 60 * 1000

export type PerformanceOrder = {
  id: string
  status: string
  ordered_at: Date | string | null
  expected_at: Date | string | null
  lines: { quantity: number; received_quantity: number; damaged_quantity: number }[]
}

export type PerformanceReceipt = {
  purchase_order_id: string
  received_at: Date | string
  quantity_received: number
  quantity_damaged: number
}

export type SupplierPerformance = {
  orders_count: number
  receipts_count: number
  on_time_receipts: number
  on_time_rate: number | null
  lead_time_days_mean: number | null
  lead_time_days_p50: number | null
  quantity_accuracy: number | null
  damaged_rate: number | null
  units_received: number
  units_damaged: number
}

const toTime = (value: Date | string) => new Date(value).getTime()

function endOfUtcDay(value: Date | string): number {
  const date = new Date(value)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) + DAY_MS - 1
}

function median(values: number[]): number | null {
  if (!values.length) {
    return null
  }
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/** Receipts whose order is not among `orders` are ignored. */
export function computeSupplierPerformance(
  orders: readonly PerformanceOrder[],
  receipts: readonly PerformanceReceipt[]
): SupplierPerformance {
  const ordersById = new Map(orders.map((order) => [order.id, order]))
  let onTime = 0
  let withExpectedDate = 0
  let unitsReceived = 0
  let unitsDamaged = 0
  const leadTimes: number[] = []
  let receiptsCount = 0
  for (const receipt of receipts) {
    const order = ordersById.get(receipt.purchase_order_id)
    if (!order) {
      continue
    }
    receiptsCount += 1
    unitsReceived += receipt.quantity_received
    unitsDamaged += receipt.quantity_damaged
    if (order.expected_at) {
      withExpectedDate += 1
      if (toTime(receipt.received_at) <= endOfUtcDay(order.expected_at)) {
        onTime += 1
      }
    }
    if (order.ordered_at) {
      leadTimes.push(Math.max(toTime(receipt.received_at) - toTime(order.ordered_at), 0) / DAY_MS)
    }
  }
  let ordered = 0
  let acceptedWithinOrdered = 0
  for (const order of orders) {
    if (order.status !== "received" && order.status !== "closed") {
      continue
    }
    for (const line of order.lines) {
      ordered += line.quantity
      acceptedWithinOrdered += Math.min(line.received_quantity - line.damaged_quantity, line.quantity)
    }
  }
  const p50 = median(leadTimes)
  return {
    orders_count: orders.length,
    receipts_count: receiptsCount,
    on_time_receipts: onTime,
    on_time_rate: withExpectedDate ? round(onTime / withExpectedDate, 4) : null,
    lead_time_days_mean: leadTimes.length
      ? round(leadTimes.reduce((sum, days) => sum + days, 0) / leadTimes.length, 1)
      : null,
    lead_time_days_p50: p50 === null ? null : round(p50, 1),
    quantity_accuracy: ordered ? round(acceptedWithinOrdered / ordered, 4) : null,
    damaged_rate: unitsReceived ? round(unitsDamaged / unitsReceived, 4) : null,
    units_received: unitsReceived,
    units_damaged: unitsDamaged,
  }
}
