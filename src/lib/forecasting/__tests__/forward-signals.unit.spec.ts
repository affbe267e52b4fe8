import { applyForwardSignals, installedBaseDemand } from "../forward-signals"

describe("applyForwardSignals", () => {
  it("changes nothing without signals", () => {
    expect(applyForwardSignals([1.5, 0.5])).toEqual({
      forecast: [1.5, 0.5],
      planned: [0, 0],
      installedBase: [0, 0],
      addedDemand: 0,
    })
  })

  it("raises a period to the quantity planned on open repairs, never lowers it", () => {
    const result = applyForwardSignals([1, 1, 1], { plannedQuantities: [3, 0.5] })
    expect(result.forecast).toEqual([3, 1, 1])
    expect(result.planned).toEqual([2, 0, 0])
    expect(result.addedDemand).toBe(2)
  })

  it("adds expected warranty failures of the ageing installed base beyond the baseline", () => {
    // 100 units aged 10 periods, 50 aged 23 (their warranty of 24 periods ends after one period);
    // failure rate 1% per period up to age 11, 2% after.
    const signals = {
      installedBase: [
        { age: 10, units: 100 },
        { age: 23, units: 50 },
      ],
      failureRateByAge: [...Array(12).fill(0.01), 0.02],
      warrantyPeriods: 24,
    }
    expect(installedBaseDemand(signals, 3)).toEqual([2, 1, 2])
    const result = applyForwardSignals([1, 1, 1], { ...signals, baselineWarrantyDemand: 1.5 })
    expect(result.installedBase).toEqual([0.5, 0, 0.5])
    expect(result.forecast).toEqual([1.5, 1, 1.5])
  })
})
