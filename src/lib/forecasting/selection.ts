/**
 * Combination weights learned from rolling-origin backtests by minimising the mean RMSSE over the
 * backtest windows. For intermittent demand the weights must also keep the overall level of an
 * equal-weight combination: RMSSE alone rewards forecasting too little there (the optimum of a
 * mean of per-series root errors lies below the mean demand), and calibrating the level on the few
 * backtest periods instead would carry their common demand shock into every forecast. For
 * frequent demand, where candidates may legitimately differ in level (trend, season), the weights
 * sum to one.
 */

export interface BacktestWindow {
  /** Forecast of each candidate method over the window. */
  candidates: Float64Array[]
  actual: Float64Array
  /** RMSSE scale of the history before the window. */
  scale: number
}

/**
 * Origins (history lengths) of a rolling-origin backtest: up to `originCount` origins a quarter
 * horizon apart, the last leaving exactly `horizon` periods to forecast, each with at least half
 * a horizon (and 3 periods) of history.
 */
export function backtestOrigins(
  length: number,
  horizon: number,
  originCount = 3
): number[] {
  const step = Math.max(1, Math.round(horizon / 4))
  const minimumHistory = Math.max(3, Math.round(horizon / 2))
  const origins: number[] = []
  for (let k = originCount - 1; k >= 0; k--) {
    const origin = length - horizon - k * step
    if (origin >= minimumHistory) {
      origins.push(origin)
    }
  }
  return origins
}

interface WindowStatistics {
  gram: Float64Array
  cross: Float64Array
  actualSquares: number
  steps: number
  scale: number
}

function statisticsOf(window: BacktestWindow, k: number): WindowStatistics {
  const steps = window.actual.length
  const gram = new Float64Array(k * k)
  const cross = new Float64Array(k)
  let actualSquares = 0
  for (let h = 0; h < steps; h++) {
    const actual = window.actual[h]
    actualSquares += actual * actual
    for (let i = 0; i < k; i++) {
      const fi = window.candidates[i][h]
      cross[i] += fi * actual
      for (let j = i; j < k; j++) {
        gram[i * k + j] += fi * window.candidates[j][h]
      }
    }
  }
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < i; j++) {
      gram[i * k + j] = gram[j * k + i]
    }
  }
  return { gram, cross, actualSquares, steps, scale: window.scale }
}

function meanRmsse(
  stats: readonly WindowStatistics[],
  weights: Float64Array,
  gradient: Float64Array
): number {
  const k = weights.length
  gradient.fill(0)
  let total = 0
  const gw = new Float64Array(k)
  for (const s of stats) {
    let quadratic = 0
    for (let i = 0; i < k; i++) {
      let row = 0
      for (let j = 0; j < k; j++) {
        row += s.gram[i * k + j] * weights[j]
      }
      gw[i] = row
      quadratic += weights[i] * row - 2 * weights[i] * s.cross[i]
    }
    const squaredError = Math.max(0, quadratic + s.actualSquares)
    const value = Math.sqrt(squaredError / (s.steps * s.scale))
    total += value
    if (value > 1e-12) {
      const factor = 1 / (s.steps * s.scale * value)
      for (let i = 0; i < k; i++) {
        gradient[i] += (gw[i] - s.cross[i]) * factor
      }
    }
  }
  for (let i = 0; i < k; i++) {
    gradient[i] /= stats.length
  }
  return total / stats.length
}

/** Euclidean projection onto the probability simplex spanned by the `active` coordinates. */
function projectOntoSimplex(point: Float64Array, active: readonly boolean[]): Float64Array {
  const sorted = Array.from(point)
    .filter((_, i) => active[i])
    .sort((a, b) => b - a)
  let cumulative = 0
  let threshold = 0
  for (let i = 0; i < sorted.length; i++) {
    cumulative += sorted[i]
    const candidate = (cumulative - 1) / (i + 1)
    if (sorted[i] - candidate > 0) {
      threshold = candidate
    }
  }
  return point.map((value, i) => (active[i] ? Math.max(0, value - threshold) : 0))
}

/**
 * Non-negative weights for `candidateCount` methods minimising the mean backtest RMSSE. With
 * `preserveLevel` they satisfy Σ_j w_j·V_j = mean_j V_j, where V_j is candidate j's backtest volume
 * divided by the RMSSE scales; writing w_j = u_j·mean(V)/V_j turns that constraint into u lying on
 * the simplex (candidates that forecast nothing get weight zero). Otherwise the weights themselves
 * lie on the simplex. Projected gradient descent does the rest.
 */
export function learnCombinationWeights(
  windows: readonly BacktestWindow[],
  candidateCount: number,
  preserveLevel: boolean
): number[] {
  const k = candidateCount
  if (windows.length === 0) {
    return new Array<number>(k).fill(1 / k)
  }
  const stats = windows.map((window) => statisticsOf(window, k))
  const volume = new Float64Array(k)
  for (const window of windows) {
    const factor = 1 / Math.sqrt(window.scale)
    for (let h = 0; h < window.actual.length; h++) {
      for (let j = 0; j < k; j++) {
        volume[j] += window.candidates[j][h] * factor
      }
    }
  }
  const targetVolume = volume.reduce((total, v) => total + v, 0) / k
  const constrained = preserveLevel && targetVolume > 0
  const active = Array.from(volume, (v) => !constrained || v > 0)
  const activeCount = active.filter(Boolean).length
  const toWeights = (u: Float64Array) =>
    constrained
      ? u.map((value, j) => (active[j] ? (value * targetVolume) / volume[j] : 0))
      : u.slice()
  let u: Float64Array = new Float64Array(k).map((_, j) => (active[j] ? 1 / activeCount : 0))
  const gradient = new Float64Array(k)
  let current = meanRmsse(stats, toWeights(u), gradient)
  let step = 0.05
  for (let iteration = 0; iteration < 300 && step > 1e-9; iteration++) {
    const gradientU = gradient.map((g, j) =>
      constrained ? (active[j] ? (g * targetVolume) / volume[j] : 0) : g
    )
    const trial = projectOntoSimplex(
      u.map((value, j) => value - step * gradientU[j]),
      active
    )
    const trialGradient = new Float64Array(k)
    const value = meanRmsse(stats, toWeights(trial), trialGradient)
    if (value < current) {
      const converged = current - value < 1e-9 * current
      u = trial
      current = value
      if (converged) {
        break
      }
      gradient.set(trialGradient)
      step *= 1.3
    } else {
      step *= 0.5
    }
  }
  return Array.from(toWeights(u))
}
