import { minimiseBox, minimiseScalar } from "../optimize"
import { constant, mean, recentPart } from "../series"

/** Final level of simple exponential smoothing, initialised with the first value. */
export function sesLevel(series: ArrayLike<number>, alpha: number): number {
  if (series.length === 0) {
    return 0
  }
  let level = series[0]
  for (let t = 1; t < series.length; t++) {
    level += alpha * (series[t] - level)
  }
  return level
}

function sesSquaredError(series: ArrayLike<number>, alpha: number): number {
  let level = series[0]
  let total = 0
  for (let t = 1; t < series.length; t++) {
    const error = series[t] - level
    total += error * error
    level += alpha * error
  }
  return total
}

/** Smoothing constant in [0.01, 0.99] minimising the recent in-sample one-step squared error. */
export function optimiseSesAlpha(series: readonly number[]): number {
  if (series.length < 3) {
    return 0.1
  }
  const recent = recentPart(series)
  return minimiseScalar((alpha) => sesSquaredError(recent, alpha), 0.01, 0.99)
}

export function ses(series: readonly number[], horizon: number, alpha?: number): number[] {
  return constant(sesLevel(series, alpha ?? optimiseSesAlpha(series)), horizon)
}

function dampedSum(phi: number, steps: number): number {
  let total = 0
  let power = 1
  for (let i = 0; i < steps; i++) {
    power *= phi
    total += power
  }
  return total
}

interface HoltParameters {
  alpha: number
  beta: number
  phi: number
}

function runHolt(series: readonly number[], { alpha, beta, phi }: HoltParameters) {
  let level = series[0]
  let trend = series.length > 1 ? series[1] - series[0] : 0
  let squaredError = 0
  for (let t = 1; t < series.length; t++) {
    const fitted = level + phi * trend
    const error = series[t] - fitted
    squaredError += error * error
    const nextLevel = fitted + alpha * error
    trend = beta * (nextLevel - level) + (1 - beta) * phi * trend
    level = nextLevel
  }
  return { level, trend, squaredError }
}

/** Holt's method with a damped trend; alpha, beta and phi optimised on in-sample squared error. */
export function holtDamped(
  series: readonly number[],
  horizon: number,
  parameters?: Partial<HoltParameters>
): number[] {
  if (series.length < 3) {
    return constant(series.length ? series[series.length - 1] : 0, horizon)
  }
  const recent = recentPart(series)
  const [alpha, beta, phi] =
    parameters?.alpha !== undefined
      ? [parameters.alpha, parameters.beta ?? 0.05, parameters.phi ?? 0.95]
      : minimiseBox(
          ([a, b, p]) => runHolt(recent, { alpha: a, beta: b, phi: p }).squaredError,
          [0.2, 0.05, 0.95],
          [0.01, 0.001, 0.8],
          [0.99, 0.5, 0.98]
        )
  const { level, trend } = runHolt(series, { alpha, beta, phi })
  return Array.from({ length: horizon }, (_, h) => level + dampedSum(phi, h + 1) * trend)
}

interface HoltWintersParameters extends HoltParameters {
  gamma: number
}

function runHoltWinters(
  series: readonly number[],
  seasonLength: number,
  { alpha, beta, gamma, phi }: HoltWintersParameters
) {
  let level = mean(series, 0, seasonLength)
  let trend = (mean(series, seasonLength, 2 * seasonLength) - level) / seasonLength
  const seasonal = Array.from({ length: seasonLength }, (_, i) => series[i] - level)
  let squaredError = 0
  for (let t = 0; t < series.length; t++) {
    const season = t % seasonLength
    const fitted = level + phi * trend + seasonal[season]
    const error = series[t] - fitted
    squaredError += error * error
    const nextLevel = level + phi * trend + alpha * error
    trend = beta * (nextLevel - level) + (1 - beta) * phi * trend
    seasonal[season] += gamma * (series[t] - nextLevel - seasonal[season])
    level = nextLevel
  }
  return { level, trend, seasonal, squaredError }
}

/**
 * Additive Holt-Winters with a damped trend, for seasonal data such as monthly demand of smooth
 * parts. Needs two full seasons; shorter series fall back to damped Holt.
 */
export function holtWinters(
  series: readonly number[],
  horizon: number,
  seasonLength: number,
  parameters?: Partial<HoltWintersParameters>
): number[] {
  if (seasonLength < 2 || series.length < 2 * seasonLength) {
    return holtDamped(series, horizon, parameters)
  }
  const toParameters = ([alpha, beta, gamma, phi]: number[]): HoltWintersParameters => ({
    alpha,
    beta: Math.min(beta, alpha),
    gamma: Math.min(gamma, 1 - alpha),
    phi,
  })
  const recent = recentPart(series, 3 * seasonLength)
  const chosen =
    parameters?.alpha !== undefined
      ? toParameters([
          parameters.alpha,
          parameters.beta ?? 0.01,
          parameters.gamma ?? 0.1,
          parameters.phi ?? 0.95,
        ])
      : toParameters(
          minimiseBox(
            (x) => runHoltWinters(recent, seasonLength, toParameters(x)).squaredError,
            [0.2, 0.02, 0.1, 0.95],
            [0.01, 0.001, 0.001, 0.8],
            [0.99, 0.3, 0.99, 0.98]
          )
        )
  const { level, trend, seasonal } = runHoltWinters(series, seasonLength, chosen)
  const n = series.length
  return Array.from(
    { length: horizon },
    (_, h) =>
      level + dampedSum(chosen.phi, h + 1) * trend + seasonal[(n + h) % seasonLength]
  )
}
