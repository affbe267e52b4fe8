import {
  demandDispersion,
  demandQuantile,
  expectedShortage,
  leadTimeDemand,
  normalQuantile,
  predictionIntervals,
  reorderPoint,
  safetyStock,
} from "../uncertainty"

const poisson = (mean: number) => ({ mean, variance: mean })

describe("demand distribution", () => {
  it("gives Poisson quantiles without over-dispersion", () => {
    // P(X ≤ 4) = 0.947, P(X ≤ 5) = 0.983 for a mean of 2
    expect(demandQuantile(poisson(2), 0.95)).toBe(5)
    expect(demandQuantile(poisson(2), 0.1)).toBe(0)
    expect(demandQuantile(poisson(0), 0.99)).toBe(0)
  })

  it("gives negative binomial quantiles with over-dispersion", () => {
    // mean 2, variance 6: P(x) = (1/3)(2/3)^x, cumulative 0.333, 0.556, 0.704, 0.802
    expect(demandQuantile({ mean: 2, variance: 6 }, 0.8)).toBe(3)
    expect(demandQuantile({ mean: 2, variance: 6 }, 0.7)).toBe(2)
  })

  it("switches to the normal approximation for large means", () => {
    expect(demandQuantile(poisson(1000), 0.95)).toBe(1053)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5)
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5)
  })

  it("computes the expected shortage E[(D − s)+]", () => {
    expect(expectedShortage(poisson(2), 0)).toBeCloseTo(2, 12)
    expect(expectedShortage(poisson(2), 1)).toBeCloseTo(1 + Math.exp(-2), 12)
    expect(expectedShortage(poisson(2), 3)).toBeCloseTo(-1 + 9 * Math.exp(-2), 12)
  })

  it("estimates the variance-to-mean ratio from SES errors, at least 1", () => {
    expect(demandDispersion([0, 0, 0])).toBe(1)
    expect(demandDispersion([1, 1, 1, 1])).toBe(1)
    expect(demandDispersion([0, 0, 10, 0, 0, 0, 12, 0, 0, 0, 9, 0])).toBeGreaterThan(3)
  })
})

describe("lead-time demand, safety stock and reorder point", () => {
  it("sums the forecast over a fractional lead time", () => {
    expect(leadTimeDemand([1, 2, 3], 2.5, 1)).toEqual({ mean: 4.5, variance: 4.5 })
    expect(leadTimeDemand([1, 2, 3], 2, 3)).toEqual({ mean: 3, variance: 9 })
    expect(() => leadTimeDemand([1], 2, 1)).toThrow(RangeError)
  })

  it("meets a cycle service level", () => {
    // Poisson(4.5): P(X ≤ 6) = 0.831, P(X ≤ 7) = 0.913
    expect(reorderPoint(poisson(4.5), { serviceLevel: 0.9 })).toBe(7)
    expect(safetyStock(poisson(4.5), { serviceLevel: 0.9 })).toBeCloseTo(2.5, 12)
    expect(reorderPoint(poisson(4.5))).toBe(8)
  })

  it("meets a fill rate", () => {
    // expected shortage 0.541 at 2 and 0.218 at 3, allowed (1 − 0.5)·1 = 0.5
    expect(reorderPoint(poisson(2), { fillRate: 0.5, orderQuantity: 1 })).toBe(3)
    expect(reorderPoint(poisson(2), { fillRate: 0.5, orderQuantity: 10 })).toBe(0)
    expect(reorderPoint(poisson(0), { fillRate: 0.99 })).toBe(0)
  })

  it("rejects targets outside (0, 1)", () => {
    expect(() => reorderPoint(poisson(1), { serviceLevel: 1 })).toThrow(RangeError)
    expect(() => reorderPoint(poisson(1), { fillRate: 0 })).toThrow(RangeError)
  })
})

describe("prediction intervals", () => {
  it("brackets each step with count quantiles", () => {
    const { lower, upper } = predictionIntervals([2, 2, 0], 1, 0.9)
    // Poisson(2): 5% quantile 0, 95% quantile 5
    expect(lower).toEqual([0, 0, 0])
    expect(upper).toEqual([5, 5, 0])
    const wide = predictionIntervals([20], 4, 0.8)
    expect(wide.lower[0]).toBeLessThan(20)
    expect(wide.upper[0]).toBeGreaterThan(20)
    expect(wide.upper[0] - wide.lower[0]).toBeGreaterThan(
      predictionIntervals([20], 1, 0.8).upper[0] - predictionIntervals([20], 1, 0.8).lower[0]
    )
  })
})
