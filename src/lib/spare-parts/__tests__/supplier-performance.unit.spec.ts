import { computeSupplierPerformance, PerformanceOrder } from "../supplier-performance"

const order = (overrides: Partial<PerformanceOrder>): PerformanceOrder => ({
  id: "po1",
  status: "received",
  ordered_at: "2026-03-01T09:00:00Z",
  expected_at: "2026-03-08T00:00:00Z",
  lines: [],
  ...overrides,
})

describe("computeSupplierPerformance", () => {
  it("is null everywhere without orders or receipts", () => {
    expect(computeSupplierPerformance([], [])).toMatchObject({
      orders_count: 0,
      receipts_count: 0,
      on_time_rate: null,
      lead_time_days_mean: null,
      lead_time_days_p50: null,
      quantity_accuracy: null,
      damaged_rate: null,
    })
  })

  it("counts a receipt on the expected day as on time, the day after as late", () => {
    const orders = [order({})]
    const onTheDay = computeSupplierPerformance(orders, [
      { purchase_order_id: "po1", received_at: "2026-03-08T17:30:00Z", quantity_received: 5, quantity_damaged: 0 },
    ])
    expect(onTheDay.on_time_rate).toBe(1)
    const late = computeSupplierPerformance(orders, [
      { purchase_order_id: "po1", received_at: "2026-03-08T17:30:00Z", quantity_received: 5, quantity_damaged: 0 },
      { purchase_order_id: "po1", received_at: "2026-03-09T08:00:00Z", quantity_received: 5, quantity_damaged: 0 },
    ])
    expect(late.on_time_rate).toBe(0.5)
    expect(late.on_time_receipts).toBe(1)
  })

  it("measures lead time from ordered_at to each receipt (mean and median in days)", () => {
    const orders = [order({ id: "a" }), order({ id: "b", ordered_at: "2026-03-01T09:00:00Z" })]
    const result = computeSupplierPerformance(orders, [
      { purchase_order_id: "a", received_at: "2026-03-03T09:00:00Z", quantity_received: 1, quantity_damaged: 0 },
      { purchase_order_id: "a", received_at: "2026-03-05T09:00:00Z", quantity_received: 1, quantity_damaged: 0 },
      { purchase_order_id: "b", received_at: "2026-03-13T09:00:00Z", quantity_received: 1, quantity_damaged: 0 },
    ])
    expect(result.lead_time_days_mean).toBe(6)
    expect(result.lead_time_days_p50).toBe(4)
    expect(result.receipts_count).toBe(3)
  })

  it("computes quantity accuracy over finished orders (capped per line) and the damaged rate over receipts", () => {
    const orders = [
      order({ id: "short", status: "closed", lines: [{ quantity: 10, received_quantity: 8, damaged_quantity: 2 }] }),
      order({ id: "over", status: "received", lines: [{ quantity: 10, received_quantity: 11, damaged_quantity: 0 }] }),
      order({ id: "open", status: "partially_received", lines: [{ quantity: 100, received_quantity: 1, damaged_quantity: 0 }] }),
    ]
    const result = computeSupplierPerformance(orders, [
      { purchase_order_id: "short", received_at: "2026-03-05T00:00:00Z", quantity_received: 8, quantity_damaged: 2 },
      { purchase_order_id: "over", received_at: "2026-03-05T00:00:00Z", quantity_received: 11, quantity_damaged: 0 },
      { purchase_order_id: "open", received_at: "2026-03-05T00:00:00Z", quantity_received: 1, quantity_damaged: 0 },
      { purchase_order_id: "someone-else", received_at: "2026-03-05T00:00:00Z", quantity_received: 50, quantity_damaged: 50 },
    ])
    // (6 + 10) of 20 ordered on the finished orders
    expect(result.quantity_accuracy).toBe(0.8)
    expect(result.damaged_rate).toBe(0.1)
    expect(result.units_received).toBe(20)
  })
})
