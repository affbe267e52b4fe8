import { METHODS } from "../methods"
import { movingAverage, naive, seasonalNaive } from "../methods/basic"
import { adida, aggregate, aggregationLevel, croston, imapa, sba, tsb } from "../methods/intermittent"
import { holtDamped, holtWinters, optimiseSesAlpha, ses, sesLevel } from "../methods/smoothing"

describe("basic methods", () => {
  const series = [1, 2, 3, 4, 5, 6]

  it("naive repeats the last value", () => {
    expect(naive(series, 3)).toEqual([6, 6, 6])
  })

  it("seasonal naive repeats the last season", () => {
    expect(seasonalNaive(series, 6, 4)).toEqual([3, 4, 5, 6, 3, 4])
    expect(seasonalNaive([1, 2], 2, 4)).toEqual([2, 2])
  })

  it("moving average takes the mean of the last window", () => {
    expect(movingAverage(series, 2, 3)).toEqual([5, 5])
    // A level shift is followed best by the shortest window.
    expect(movingAverage([0, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9, 9, 9, 9, 9, 9], 1)).toEqual([9])
  })
})

describe("exponential smoothing", () => {
  it("SES with a fixed alpha starts from the first value", () => {
    // 2 → 3 → 1.5 → 2.75
    expect(ses([2, 4, 0, 4], 2, 0.5)).toEqual([2.75, 2.75])
    expect(sesLevel([], 0.3)).toBe(0)
  })

  it("SES optimises alpha on in-sample squared error", () => {
    const shift = [0, 0, 0, 0, 0, 10, 10, 10, 10, 10, 10, 10]
    expect(optimiseSesAlpha(shift)).toBeGreaterThan(0.9)
    const noise = [5, 3, 5, 3, 5, 3, 5, 3, 5, 3, 5, 3]
    expect(optimiseSesAlpha(noise)).toBeLessThan(0.25)
  })

  it("damped Holt with fixed parameters matches a hand computation", () => {
    const forecast = holtDamped([1, 2, 4], 2, { alpha: 0.5, beta: 0.5, phi: 0.9 })
    expect(forecast[0]).toBeCloseTo(4.4144375, 10)
    expect(forecast[1]).toBeCloseTo(5.33530625, 10)
  })

  it("Holt-Winters reproduces an exact seasonal pattern, with or without optimisation", () => {
    const pattern = [1, 5, 3, 7, 1, 5, 3, 7, 1, 5, 3, 7]
    const expected = [1, 5, 3, 7, 1, 5]
    holtWinters(pattern, 6, 4).forEach((value, h) => expect(value).toBeCloseTo(expected[h], 6))
    holtWinters(pattern, 6, 4, { alpha: 0.3, beta: 0.1, gamma: 0.2, phi: 0.9 }).forEach((value, h) =>
      expect(value).toBeCloseTo(expected[h], 10)
    )
  })

  it("Holt-Winters falls back to damped Holt without two full seasons", () => {
    const short = [3, 4, 5, 6, 7]
    expect(holtWinters(short, 2, 12, { alpha: 0.5, beta: 0.5, phi: 0.9 })).toEqual(
      holtDamped(short, 2, { alpha: 0.5, beta: 0.5, phi: 0.9 })
    )
  })
})

describe("intermittent-demand methods", () => {
  it("Croston smooths sizes and intervals, the first interval counted from the start", () => {
    // sizes 3, 1 and intervals 2, 3: size 2.8, interval 2.1
    expect(croston([0, 3, 0, 0, 1], 1, 0.1)[0]).toBeCloseTo(2.8 / 2.1, 12)
    expect(sba([0, 3, 0, 0, 1], 1, 0.1)[0]).toBeCloseTo((2.8 / 2.1) * 0.95, 12)
    expect(croston([0, 0, 0], 2)).toEqual([0, 0])
  })

  it("TSB updates the demand probability every period", () => {
    // p: 0.5 → 0.4 → 0.52 → 0.416 → 0.5328, size 2 → 2.2
    expect(tsb([0, 2, 0, 4], 1, { alpha: 0.1, beta: 0.2 })[0]).toBeCloseTo(2.2 * 0.5328, 12)
  })

  it("TSB forecasts decay while a part is dormant", () => {
    const active = [1, 0, 2, 0, 1, 1, 0, 2, 1, 0, 1, 2]
    const dormant = [...active, 0, 0, 0, 0, 0, 0, 0, 0]
    expect(tsb(dormant, 1)[0]).toBeLessThan(tsb(active, 1)[0])
  })

  const series = [0, 0, 2, 0, 0, 1, 0, 0, 3]

  it("aggregates over the mean inter-demand interval, aligned to the end", () => {
    expect(aggregationLevel(series)).toBe(3)
    expect(aggregationLevel([0, 1, 0, 0, 0, 1])).toBe(3)
    // (3 + 1) / 2 = 2 exactly, and 2.5 rounds half to even
    expect(aggregationLevel([0, 0, 1, 1])).toBe(2)
    expect(aggregationLevel([0, 0, 0, 1, 0, 1])).toBe(3)
    expect(aggregationLevel([0, 0, 0, 0, 1, 0, 0, 0, 0, 1])).toBe(5)
    expect(aggregate(series, 2)).toEqual([2, 0, 1, 3])
  })

  it("ADIDA spreads SES of the aggregated series evenly", () => {
    // buckets [2, 1, 3]: 2 → 1.9 → 2.01, over 3 periods
    expect(adida(series, 2, 0.1)).toEqual([0.67, 0.67].map((v) => expect.closeTo(v, 12)))
  })

  it("iMAPA averages the rates of aggregation levels 1 to 3", () => {
    const expected = (0.4791882 + 1.848 / 2 + 2.01 / 3) / 3
    expect(imapa(series, 1, 0.1)[0]).toBeCloseTo(expected, 7)
  })
})

describe("METHODS registry", () => {
  it("exposes every method with a common signature", () => {
    const history = [0, 2, 0, 1, 0, 0, 3, 0, 1, 0, 2, 0, 0, 1, 0, 2]
    for (const method of Object.values(METHODS)) {
      const forecast = method.forecast(history, 3, { seasonLength: 4 })
      expect(forecast).toHaveLength(3)
      forecast.forEach((value) => expect(Number.isFinite(value)).toBe(true))
    }
    expect(METHODS.global.scope).toBe("global")
    expect(METHODS.ses.scope).toBe("local")
  })
})
