import * as api from ".."
import { forecast, forecastMany } from "../forecast"
import { GlobalTrainingSet } from "../methods/global"
import { sesLevel } from "../methods/smoothing"
import { cleanHistory } from "../series"

/** Deterministic panel: Poisson demand, some parts selling throughout, some dying out. */
function panel(count: number, length: number): { series: number[][]; means: number[]; diesAt: number[] } {
  let state = 12345
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const poisson = (mean: number) => {
    const limit = Math.exp(-mean)
    let k = 0
    let product = random()
    while (product > limit) {
      k++
      product *= random()
    }
    return k
  }
  const means: number[] = []
  const diesAt: number[] = []
  const series = Array.from({ length: count }, (_, i) => {
    const mean = 0.3 + (2.7 * i) / count
    const death = i % 2 === 0 ? length : length - 16
    means.push(mean)
    diesAt.push(death)
    return Array.from({ length }, (_, t) => (t < death ? poisson(mean) : 0))
  })
  return { series, means, diesAt }
}

describe("cleanHistory", () => {
  it("drops missing periods at both ends and interpolates gaps", () => {
    expect(cleanHistory([null, 1, NaN, 3, undefined, null])).toEqual([1, 2, 3])
    expect(cleanHistory([null, null])).toEqual([])
  })
})

describe("global model", () => {
  const { series, means, diesAt } = panel(120, 40)

  it("learns levels across parts and lowers forecasts of parts that stopped selling", () => {
    const model = new GlobalTrainingSet(series, { horizon: 6 }).fit()!
    expect(model).not.toBeNull()
    const alive = series.filter((_, i) => diesAt[i] === 40)
    const aliveMeans = means.filter((_, i) => diesAt[i] === 40)
    const slow = model.predictLevel(alive[0])
    const fast = model.predictLevel(alive[alive.length - 1])
    expect(fast).toBeGreaterThan(3 * slow)
    expect(fast).toBeGreaterThan(0.5 * aliveMeans[aliveMeans.length - 1])
    expect(fast).toBeLessThan(1.5 * aliveMeans[aliveMeans.length - 1])
    const dead = series.filter((_, i) => diesAt[i] < 40)
    const deadForecasts = dead.map((s) => model.predictLevel(s))
    const sesForecasts = dead.map((s) => sesLevel(s, 0.1))
    expect(deadForecasts.reduce((a, b) => a + b, 0)).toBeLessThan(0.5 * sesForecasts.reduce((a, b) => a + b, 0))
  })

  it("returns null without enough windows and ignores windows after the history end", () => {
    expect(new GlobalTrainingSet([[0, 1, 0, 2, 1, 0, 1, 3]], { horizon: 2 }).fit()).toBeNull()
    const set = new GlobalTrainingSet(series, { horizon: 6 })
    expect(set.fit(() => 8)).toBeNull()
    expect(set.fit(() => 30)).not.toBeNull()
  })
})

describe("forecastMany", () => {
  const { series } = panel(120, 40)

  it("combines methods per demand class with auto and reports backtests, intervals and stock levels", () => {
    const progress: [number, number, string][] = []
    const results = forecastMany(
      series,
      { horizon: 6, leadTime: 2, serviceLevel: 0.9 },
      (done, total, stage) => progress.push([done, total, stage])
    )
    expect(results).toHaveLength(120)
    expect(progress[progress.length - 1]).toEqual([120, 120, "forecast"])
    for (const result of results) {
      expect(result.forecast).toHaveLength(6)
      expect(result.lower).toHaveLength(6)
      expect(result.upper).toHaveLength(6)
      result.forecast.forEach((value, h) => {
        expect(value).toBeGreaterThanOrEqual(0)
        expect(result.lower[h]).toBeLessThanOrEqual(result.upper[h])
      })
      expect(result.method).toMatch(/^auto\(/)
      expect(Object.keys(result.weights!)).toContain("global")
      expect(Number.isInteger(result.reorderPoint)).toBe(true)
      expect(result.safetyStock).toBeCloseTo(result.reorderPoint! - result.leadTimeDemand!.mean, 12)
      expect(result.backtest!.rmsse).toBeGreaterThan(0)
    }
  })

  it("runs a single named method, with the global one falling back to SES when it cannot be fitted", () => {
    const [croston] = forecastMany([series[0]], { horizon: 3, method: "croston" })
    expect(croston.method).toBe("croston")
    expect(croston.weights).toBeUndefined()
    expect(forecast([0, 1, 0, 2, 1, 0, 1, 3], { horizon: 2, method: "global" }).method).toBe("ses")
    expect(forecast([0, 1, 0, 2, 1, 0, 1, 3], { horizon: 2 }).weights).not.toHaveProperty("global")
  })

  it("forecasts zero for parts without demand", () => {
    expect(forecast([null, 0, 0, 0], { horizon: 2, leadTime: 1 })).toMatchObject({
      class: "no-demand",
      method: "none",
      forecast: [0, 0],
      reorderPoint: 0,
      backtest: null,
    })
    expect(forecast([], { horizon: 1 }).forecast).toEqual([0])
  })

  it("covers a lead time longer than the horizon", () => {
    const result = forecast([2, 3, 2, 4, 3, 2, 3, 3, 2, 4], { horizon: 1, method: "ses", leadTime: 3 })
    expect(result.forecast).toHaveLength(1)
    expect(result.leadTimeDemand!.mean).toBeCloseTo(3 * result.forecast[0], 12)
  })

  it("uses the fill rate when given", () => {
    const history = [2, 3, 2, 4, 3, 2, 3, 3, 2, 4]
    const low = forecast(history, { horizon: 2, method: "ses", leadTime: 2, fillRate: 0.5 })
    const high = forecast(history, { horizon: 2, method: "ses", leadTime: 2, fillRate: 0.99 })
    expect(high.reorderPoint!).toBeGreaterThan(low.reorderPoint!)
  })

  it("rejects invalid options", () => {
    expect(() => forecast([1], { horizon: 0 })).toThrow(/horizon/)
    expect(() => forecast([1], { horizon: 1, method: "magic" as never })).toThrow(/unknown method/)
    expect(() => forecast([1], { horizon: 1, leadTime: 2, serviceLevel: 1.5 })).toThrow(/serviceLevel/)
    expect(() => forecast([1], { horizon: 1, leadTime: -1 })).toThrow(/leadTime/)
  })
})

describe("public API", () => {
  it("exports the entry points from the package index", () => {
    const functions = ["forecast", "forecastMany", "classifyDemand", "rmsse", "mase", "bias"]
    for (const name of [...functions, "safetyStock", "reorderPoint", "leadTimeDemand"]) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe("function")
    }
    expect(api.METHOD_NAMES).toHaveLength(12)
  })
})
