import { backtestOrigins, learnCombinationWeights, type BacktestWindow } from "../selection"

function window(actual: number[], ...candidates: number[][]): BacktestWindow {
  return { actual: Float64Array.from(actual), candidates: candidates.map((c) => Float64Array.from(c)), scale: 1 }
}

function meanRmsse(windows: BacktestWindow[], weights: number[]): number {
  const total = windows.reduce((sum, w) => {
    let squared = 0
    w.actual.forEach((actual, h) => {
      const forecast = w.candidates.reduce((f, values, j) => f + weights[j] * values[h], 0)
      squared += (forecast - actual) ** 2
    })
    return sum + Math.sqrt(squared / w.actual.length / w.scale)
  }, 0)
  return total / windows.length
}

describe("backtestOrigins", () => {
  it("places up to three origins a quarter horizon apart, the last leaving a full horizon", () => {
    expect(backtestOrigins(39, 12)).toEqual([21, 24, 27])
    expect(backtestOrigins(20, 12)).toEqual([8])
    expect(backtestOrigins(10, 12)).toEqual([])
    expect(backtestOrigins(10, 1)).toEqual([7, 8, 9])
  })
})

describe("learnCombinationWeights", () => {
  it("puts all weight on a perfect candidate when weights sum to one", () => {
    const windows = [window([1, 2, 3], [1, 2, 3], [3, 3, 3]), window([0, 4, 1], [0, 4, 1], [3, 3, 3])]
    const [perfect, flat] = learnCombinationWeights(windows, 2, false)
    expect(perfect).toBeCloseTo(1, 3)
    expect(flat).toBeCloseTo(0, 3)
  })

  it("keeps the level of the equal-weight combination when preserving the level", () => {
    const windows = [window([2, 0, 1], [4, 0, 2], [1, 1, 1]), window([0, 0, 3], [0, 0, 6], [1, 1, 1])]
    const weights = learnCombinationWeights(windows, 2, true)
    const volume = [12, 6]
    expect(weights[0] * volume[0] + weights[1] * volume[1]).toBeCloseTo((12 + 6) / 2, 6)
    expect(meanRmsse(windows, weights)).toBeLessThanOrEqual(meanRmsse(windows, [0.5, 0.5]) + 1e-9)
    expect(meanRmsse(windows, weights)).toBeLessThan(meanRmsse(windows, [0.75, 0]))
  })

  it("gives candidates that forecast nothing no weight when preserving the level", () => {
    const windows = [window([1, 1], [0, 0], [1, 1])]
    expect(learnCombinationWeights(windows, 2, true)).toEqual([0, 0.5])
  })

  it("falls back to equal weights without windows", () => {
    expect(learnCombinationWeights([], 4, true)).toEqual([0.25, 0.25, 0.25, 0.25])
  })
})
