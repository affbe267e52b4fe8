import { constant, recentPart } from "../series"
import { optimiseSesAlpha, sesLevel } from "./smoothing"

/** Literature default smoothing constant for Croston-type methods. */
const DEFAULT_INTERMITTENT_ALPHA = 0.1

/** Croston's method: separate SES of demand sizes and inter-demand intervals. */
export function croston(
  series: readonly number[],
  horizon: number,
  alpha = DEFAULT_INTERMITTENT_ALPHA
): number[] {
  return constant(crostonRate(series, alpha), horizon)
}

/** Syntetos-Boylan approximation: Croston's rate times (1 − alpha/2) to remove its bias. */
export function sba(
  series: readonly number[],
  horizon: number,
  alpha = DEFAULT_INTERMITTENT_ALPHA
): number[] {
  return constant(crostonRate(series, alpha) * (1 - alpha / 2), horizon)
}

function crostonRate(series: readonly number[], alpha: number): number {
  let size = 0
  let interval = 0
  let previous = -1
  for (let t = 0; t < series.length; t++) {
    if (series[t] <= 0) {
      continue
    }
    if (previous < 0) {
      size = series[t]
      interval = t + 1
    } else {
      size += alpha * (series[t] - size)
      interval += alpha * (t - previous - interval)
    }
    previous = t
  }
  return previous < 0 ? 0 : size / interval
}

interface TsbParameters {
  alpha: number
  beta: number
}

/** TSB's rate and in-sample squared error, starting from the first size and the demand frequency. */
function runTsb(series: readonly number[], { alpha, beta }: TsbParameters) {
  let demandCount = 0
  let size = 0
  for (const value of series) {
    if (value > 0) {
      size = demandCount === 0 ? value : size
      demandCount++
    }
  }
  let probability = series.length ? demandCount / series.length : 0
  let squaredError = 0
  for (const value of series) {
    const error = value - size * probability
    squaredError += error * error
    if (value > 0) {
      probability += beta * (1 - probability)
      size += alpha * (value - size)
    } else {
      probability -= beta * probability
    }
  }
  return { rate: size * probability, squaredError }
}

const TSB_GRID = [0.02, 0.05, 0.1, 0.2, 0.3, 0.5]

/**
 * Teunter-Syntetos-Babai: smooths the demand probability every period (so the forecast decays
 * while a part is dormant) and the demand size at each demand. Without fixed parameters, alpha and
 * beta are chosen on a grid by recent in-sample squared error.
 */
export function tsb(
  series: readonly number[],
  horizon: number,
  parameters?: Partial<TsbParameters>
): number[] {
  const chosen: TsbParameters =
    parameters?.alpha !== undefined
      ? { alpha: parameters.alpha, beta: parameters.beta ?? parameters.alpha }
      : optimiseTsb(series)
  return constant(runTsb(series, chosen).rate, horizon)
}

function optimiseTsb(series: readonly number[]): TsbParameters {
  let best = { alpha: DEFAULT_INTERMITTENT_ALPHA, beta: DEFAULT_INTERMITTENT_ALPHA }
  if (series.length < 4) {
    return best
  }
  let bestError = Infinity
  const recent = recentPart(series)
  for (const alpha of TSB_GRID) {
    for (const beta of TSB_GRID) {
      const { squaredError } = runTsb(recent, { alpha, beta })
      if (squaredError < bestError) {
        bestError = squaredError
        best = { alpha, beta }
      }
    }
  }
  return best
}

function roundHalfToEven(value: number): number {
  const floor = Math.floor(value)
  const fraction = value - floor
  if (Math.abs(fraction - 0.5) < 1e-9) {
    return floor % 2 === 0 ? floor : floor + 1
  }
  return Math.round(value)
}

/**
 * Mean inter-demand interval with the first interval counted from the start of the history,
 * rounded half to even: the aggregation level of ADIDA and the top level of iMAPA.
 */
export function aggregationLevel(series: readonly number[]): number {
  let count = 0
  let last = -1
  for (let t = 0; t < series.length; t++) {
    if (series[t] > 0) {
      count++
      last = t
    }
  }
  return count === 0 ? 1 : Math.max(1, roundHalfToEven((last + 1) / count))
}

/** Sums of non-overlapping buckets of `level` periods, aligned to the end of the history. */
export function aggregate(series: readonly number[], level: number): number[] {
  const buckets = Math.floor(series.length / level)
  const start = series.length - buckets * level
  const totals: number[] = []
  for (let b = 0; b < buckets; b++) {
    let total = 0
    for (let t = start + b * level; t < start + (b + 1) * level; t++) {
      total += series[t]
    }
    totals.push(total)
  }
  return totals
}

function aggregateSesRate(series: readonly number[], level: number, alpha?: number): number {
  const totals = aggregate(series, level)
  return sesLevel(totals, alpha ?? optimiseSesAlpha(totals)) / level
}

/**
 * ADIDA (aggregate-disaggregate intermittent demand approach): SES on the series summed over
 * buckets of the mean inter-demand interval, spread evenly back over the periods.
 */
export function adida(series: readonly number[], horizon: number, alpha?: number): number[] {
  if (series.length === 0) {
    return constant(0, horizon)
  }
  return constant(aggregateSesRate(series, aggregationLevel(series), alpha), horizon)
}

/** iMAPA: mean of the ADIDA-style SES rates over every aggregation level from 1 to ADIDA's. */
export function imapa(series: readonly number[], horizon: number, alpha?: number): number[] {
  if (series.length === 0) {
    return constant(0, horizon)
  }
  const top = aggregationLevel(series)
  let total = 0
  for (let level = 1; level <= top; level++) {
    total += aggregateSesRate(series, level, alpha)
  }
  return constant(total / top, horizon)
}
