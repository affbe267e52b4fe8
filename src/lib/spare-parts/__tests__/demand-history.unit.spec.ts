import {
  bucketDemand,
  demandSeriesByPart,
  periodGrid,
  periodStart,
  withoutReversals,
  LedgerRow,
} from "../demand-history"

const row = (overrides: Partial<LedgerRow>): LedgerRow => ({
  id: Math.random().toString(36).slice(2),
  part_id: "part_1",
  type: "issue",
  quantity: -1,
  reference_type: "repair_order",
  occurred_at: "2026-03-10T10:00:00Z",
  ...overrides,
})

describe("periods", () => {
  it("starts weeks on Monday and months on the first, in UTC", () => {
    expect(periodStart("2026-03-15T23:30:00Z", "week").toISOString()).toBe("2026-03-09T00:00:00.000Z")
    expect(periodStart("2026-03-16T00:00:00Z", "week").toISOString()).toBe("2026-03-16T00:00:00.000Z")
    expect(periodStart("2026-03-31T23:59:59Z", "month").toISOString()).toBe("2026-03-01T00:00:00.000Z")
    expect(periodStart("2026-03-31T23:59:59Z", "day").toISOString()).toBe("2026-03-31T00:00:00.000Z")
  })

  it("lists every period of a range, across a year end", () => {
    expect(periodGrid("2025-11-20", "2026-02-02", "month")).toEqual([
      "2025-11-01",
      "2025-12-01",
      "2026-01-01",
      "2026-02-01",
    ])
    expect(periodGrid("2026-03-04", "2026-03-17", "week")).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"])
  })
})

describe("bucketDemand", () => {
  it("separates repair consumption (net of returns to stock), sales and manual issues", () => {
    const buckets = bucketDemand(
      [
        row({ quantity: -3 }),
        row({ type: "return_to_stock", quantity: 1 }),
        row({ type: "sale", quantity: -2, reference_type: "order" }),
        row({ quantity: -1, reference_type: "manual" }),
        row({ type: "receipt", quantity: 10, reference_type: "goods_receipt" }),
        row({ type: "scrap", quantity: -4, reference_type: "scrap_request" }),
        row({ type: "adjustment", quantity: -1, reference_type: "stocktake" }),
      ],
      { period: "month", from: "2026-03-01", to: "2026-03-31" }
    )
    expect(buckets).toEqual([{ period_start: "2026-03-01", repair: 2, sales: 2, other: 1, total: 5 }])
  })

  it("fills periods without demand with zeros", () => {
    const buckets = bucketDemand([row({ quantity: -2, occurred_at: "2026-02-14T08:00:00Z" })], {
      period: "month",
      from: "2025-12-05",
      to: "2026-04-01",
    })
    expect(buckets.map((bucket) => [bucket.period_start, bucket.total])).toEqual([
      ["2025-12-01", 0],
      ["2026-01-01", 0],
      ["2026-02-01", 2],
      ["2026-03-01", 0],
      ["2026-04-01", 0],
    ])
  })

  it("gives all zeros for a part without any movement", () => {
    expect(bucketDemand([], { period: "week", from: "2026-03-02", to: "2026-03-15" })).toEqual([
      { period_start: "2026-03-02", repair: 0, sales: 0, other: 0, total: 0 },
      { period_start: "2026-03-09", repair: 0, sales: 0, other: 0, total: 0 },
    ])
  })

  it("ignores a compensated movement and its reversal", () => {
    const issued = row({ id: "smov_1", quantity: -5 })
    const reversal = row({ id: "smov_2", quantity: 5, reversal_of: "smov_1" })
    const kept = row({ id: "smov_3", quantity: -1 })
    expect(withoutReversals([issued, reversal, kept]).map((r) => r.id)).toEqual(["smov_3"])
    const [bucket] = bucketDemand([issued, reversal, kept], {
      period: "month",
      from: "2026-03-01",
      to: "2026-03-01",
    })
    expect(bucket.repair).toBe(1)
  })

  it("leaves out rows outside the range", () => {
    const [bucket] = bucketDemand([row({ occurred_at: "2026-02-28T23:59:59Z" })], {
      period: "month",
      from: "2026-03-01",
      to: "2026-03-31",
    })
    expect(bucket.total).toBe(0)
  })
})

describe("demandSeriesByPart", () => {
  it("puts every part on the same grid and floors net returns at zero", () => {
    const series = demandSeriesByPart(
      [
        row({ part_id: "a", quantity: -2, occurred_at: "2026-01-05T00:00:00Z" }),
        row({ part_id: "a", type: "return_to_stock", quantity: 3, occurred_at: "2026-02-05T00:00:00Z" }),
        row({ part_id: "b", type: "sale", quantity: -4, reference_type: "order", occurred_at: "2026-03-05T00:00:00Z" }),
      ],
      ["a", "b", "c"],
      { period: "month", from: "2026-01-01", to: "2026-03-31" }
    )
    expect(Object.fromEntries(series)).toEqual({ a: [2, 0, 0], b: [0, 0, 4], c: [0, 0, 0] })
  })
})
