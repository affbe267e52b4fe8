import { applyForwardSignals } from "../../forecasting"
import { installedBaseSignal, plannedQuantitiesByPeriod } from "../forward-signal-inputs"

const month = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

describe("plannedQuantitiesByPeriod", () => {
  const grid = { period: "month" as const, firstPeriod: month("2026-11-01"), horizon: 3 }

  it("puts unplanned and overdue repairs in the current period and planned ones in theirs", () => {
    const quantities = plannedQuantitiesByPeriod(
      [
        { outstanding: 2, location_id: "sloc_1", planned_at: null },
        { outstanding: 1, location_id: "sloc_1", planned_at: month("2026-09-15") },
        { outstanding: 3, location_id: "sloc_1", planned_at: month("2027-01-20") },
      ],
      grid
    )
    expect(quantities).toEqual([3, 0, 3])
  })

  it("ignores lines already used up and repairs planned beyond the horizon", () => {
    const quantities = plannedQuantitiesByPeriod(
      [
        { outstanding: 0, location_id: "sloc_1", planned_at: null },
        { outstanding: 4, location_id: "sloc_1", planned_at: month("2027-02-01") },
      ],
      grid
    )
    expect(quantities).toEqual([0, 0, 0])
  })
})

describe("installedBaseSignal", () => {
  const window = { from: month("2025-11-01"), to: month("2026-11-01") }
  const now = month("2026-11-01")
  const unit = (starts: string, ends: string) => ({
    starts_at: month(starts),
    ends_at: month(ends),
    duration_months: 24,
  })

  it("derives the failure rate from consumption over the base's time under warranty", () => {
    // 10 units under warranty for the whole 12-month window: 120 unit-months, 6 parts used.
    const units = Array.from({ length: 10 }, () => unit("2025-06-01", "2027-06-01"))
    const signal = installedBaseSignal({
      units,
      warrantyConsumption: 6,
      window,
      historyPeriods: 12,
      period: "month",
      now,
    })!
    expect(signal.failure_rate).toBeCloseTo(0.05, 2)
    expect(signal.units_under_warranty).toBe(10)
    expect(signal.baselineWarrantyDemand).toBeCloseTo(0.5)
    // A steady base adds (almost) nothing: the history already holds its failures.
    const steady = applyForwardSignals([0.5, 0.5, 0.5], signal)
    expect(steady.addedDemand).toBeLessThan(0.05)
  })

  it("adds demand when the installed base has grown beyond what the history saw", () => {
    const history = Array.from({ length: 10 }, () => unit("2025-06-01", "2027-06-01"))
    const newlySold = Array.from({ length: 30 }, () => unit("2026-10-25", "2028-10-25"))
    const signal = installedBaseSignal({
      units: [...history, ...newlySold],
      warrantyConsumption: 6,
      window,
      historyPeriods: 12,
      period: "month",
      now,
    })!
    const adjusted = applyForwardSignals([0.5, 0.5, 0.5], signal)
    // 40 units * ~0.049 per month = ~1.97 expected, minus the 0.5 baseline: ~1.5 more per month.
    expect(adjusted.installedBase[0]).toBeGreaterThan(1.2)
    expect(adjusted.installedBase[0]).toBeLessThan(1.8)
    expect(adjusted.addedDemand).toBeGreaterThan(3.5)
  })

  it("drops units whose warranty ends inside the horizon", () => {
    const ending = Array.from({ length: 20 }, () => unit("2024-11-20", "2026-11-20"))
    const signal = installedBaseSignal({
      units: ending,
      warrantyConsumption: 12,
      window,
      historyPeriods: 12,
      period: "month",
      now,
    })!
    const adjusted = applyForwardSignals([1, 1, 1], signal)
    expect(adjusted.installedBase[1]).toBe(0)
    expect(adjusted.installedBase[2]).toBe(0)
  })

  it("gives no signal when too few unit-periods under warranty make the rate noise", () => {
    // 5 units sold a month ago, one part used: 5 unit-months, not a 20% monthly failure rate.
    const units = Array.from({ length: 5 }, () => unit("2026-10-01", "2028-10-01"))
    expect(
      installedBaseSignal({ units, warrantyConsumption: 1, window, historyPeriods: 12, period: "month", now })
    ).toBeNull()
  })

  it("gives no signal without in-warranty history or without units under warranty", () => {
    const units = [unit("2025-06-01", "2027-06-01")]
    expect(
      installedBaseSignal({ units, warrantyConsumption: 0, window, historyPeriods: 12, period: "month", now })
    ).toBeNull()
    expect(
      installedBaseSignal({
        units: [unit("2023-01-01", "2025-01-01")],
        warrantyConsumption: 3,
        window,
        historyPeriods: 12,
        period: "month",
        now,
      })
    ).toBeNull()
  })
})
