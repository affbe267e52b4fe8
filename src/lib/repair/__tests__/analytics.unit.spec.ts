import { computeRepairAnalytics, percentile, periodKey, periodsBetween } from "../analytics"
import { RepairFigureInput } from "../performance"

const day = 24 * 60 * 60 * 1000
const at = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * day).toISOString()

describe("percentile", () => {
  it("interpolates between ranks", () => {
    expect(percentile([], 50)).toBeNull()
    expect(percentile([7], 90)).toBe(7)
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1)
    expect(percentile([10, 20], 0)).toBe(10)
    expect(percentile([10, 20], 100)).toBe(20)
  })
})

describe("periods", () => {
  it("labels weeks by their Monday and months by YYYY-MM", () => {
    expect(periodKey(Date.parse("2026-01-01T10:00:00Z"), "week")).toBe("2025-12-29")
    expect(periodKey(Date.parse("2026-01-05T00:00:00Z"), "week")).toBe("2026-01-05")
    expect(periodKey(Date.parse("2026-01-31T23:00:00Z"), "month")).toBe("2026-01")
    expect(periodsBetween(new Date("2026-01-15T00:00:00Z"), new Date("2026-03-02T00:00:00Z"), "month")).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
    ])
    expect(periodsBetween(new Date("2026-01-01T00:00:00Z"), new Date("2026-01-14T00:00:00Z"), "week")).toEqual([
      "2025-12-29",
      "2026-01-05",
      "2026-01-12",
    ])
  })
})

describe("computeRepairAnalytics", () => {
  const repairs: RepairFigureInput[] = [
    {
      id: "a",
      product_id: "prod_1",
      product_title: "Phone",
      serial_number: "S1",
      fault_codes: ["SCREEN"],
      created_at: at(0),
      completed_at: at(2),
      stage_category: "resolved",
      outcome: "repaired",
      currency_code: "eur",
      part_lines: [{ status: "issued", quantity_issued: 1, quantity_returned: 0, unit_cost: 30, unit_price: 50, covered: true }],
      labour_lines: [{ hours: 2, hourly_cost: 20, hourly_price: 40, covered: true }],
    },
    // repeat of "a" 5 days after completion
    { id: "b", product_id: "prod_1", product_title: "Phone", serial_number: "S1", fault_codes: ["SCREEN"], created_at: at(7), stage_category: "open", currency_code: "eur" },
    {
      id: "c",
      product_id: "prod_2",
      product_title: "Tablet",
      serial_number: "S2",
      fault_codes: ["BATTERY"],
      created_at: at(1),
      received_at: at(2),
      completed_at: at(6),
      stage_category: "closed",
      outcome: "replaced",
      currency_code: "eur",
      part_lines: [{ status: "issued", quantity_issued: 2, quantity_returned: 1, unit_cost: 10, unit_price: 15, covered: false }],
    },
    { id: "d", created_at: at(3), stage_category: "canceled", canceled_at: at(4) },
  ]

  it("computes every figure", () => {
    const result = computeRepairAnalytics({
      repairs,
      from: new Date(at(0)),
      to: new Date(at(20)),
      period: "week",
    })
    expect(result.totals).toEqual({ created: 4, completed: 2, canceled: 1 })
    expect(result.volume.reduce((sum, row) => sum + row.created, 0)).toBe(4)
    expect(result.volume.reduce((sum, row) => sum + row.completed, 0)).toBe(2)
    expect(result.turnaround.count).toBe(2)
    expect(result.turnaround.p50_hours).toBe(72) // 48 and 96
    expect(result.turnaround.p90_hours).toBe(91.2)
    expect(result.first_time_fix).toEqual({ completed: 2, first_time_fixes: 1, repeats: 1, rate: 0.5 })
    expect(result.repeat_failure_by_product[0]).toEqual({
      product_id: "prod_1",
      product_title: "Phone",
      completed: 1,
      repeats: 1,
      rate: 1,
    })
    expect(result.repeat_failure_by_fault_code).toEqual([
      { fault_code: "SCREEN", completed: 1, repeats: 1, rate: 1 },
      { fault_code: "BATTERY", completed: 1, repeats: 0, rate: 0 },
    ])
    expect(result.cost_per_repair).toEqual({
      repairs: 2,
      parts_cost: 40,
      labour_cost: 40,
      total_cost: 80,
      mean_cost: 40,
    })
    expect(result.warranty_cost_by_product).toEqual([
      { product_id: "prod_1", product_title: "Phone", repairs: 1, covered_amount: 130, covered_cost: 70 },
    ])
    expect(result.outcome_mix).toEqual([
      { outcome: "repaired", count: 1, share: 0.5 },
      { outcome: "replaced", count: 1, share: 0.5 },
    ])
    expect(result.currency_code).toBe("eur")
  })

  it("does not count a repeat created more than 30 days after completion", () => {
    const result = computeRepairAnalytics({
      repairs: [
        { id: "x", serial_number: "S9", created_at: at(0), completed_at: at(1), stage_category: "resolved" },
        { id: "y", serial_number: "S9", created_at: at(32), stage_category: "open" },
      ],
      from: new Date(at(0)),
      to: new Date(at(40)),
      period: "month",
    })
    expect(result.first_time_fix.rate).toBe(1)
    expect(result.volume.map((row) => row.period)).toEqual(["2026-01", "2026-02"])
  })
})
