import { constant, mean, recentPart } from "../series"

export function naive(series: readonly number[], horizon: number): number[] {
  return constant(series.length ? series[series.length - 1] : 0, horizon)
}

/** Repeats the last observed season; plain naive when the history is shorter than one season. */
export function seasonalNaive(
  series: readonly number[],
  horizon: number,
  seasonLength: number
): number[] {
  const n = series.length
  if (n < seasonLength || seasonLength < 1) {
    return naive(series, horizon)
  }
  return Array.from({ length: horizon }, (_, h) => series[n - seasonLength + (h % seasonLength)])
}

const WINDOW_CANDIDATES = [2, 3, 4, 6, 8, 12, 18, 24, 36, 52]

/** Window among the candidates with the least recent in-sample one-step squared error. */
export function optimiseMovingAverageWindow(history: readonly number[]): number {
  const series = recentPart(history)
  const n = series.length
  const windows = WINDOW_CANDIDATES.filter((w) => w <= n / 2)
  if (windows.length === 0) {
    return Math.max(1, n)
  }
  const start = windows[windows.length - 1]
  const prefix = new Float64Array(n + 1)
  for (let t = 0; t < n; t++) {
    prefix[t + 1] = prefix[t] + series[t]
  }
  let best = windows[0]
  let bestError = Infinity
  for (const window of windows) {
    let error = 0
    for (let t = start; t < n; t++) {
      const difference = series[t] - (prefix[t] - prefix[t - window]) / window
      error += difference * difference
    }
    if (error < bestError) {
      bestError = error
      best = window
    }
  }
  return best
}

export function movingAverage(
  series: readonly number[],
  horizon: number,
  window?: number
): number[] {
  const n = series.length
  const chosen = Math.min(n, window ?? optimiseMovingAverageWindow(series))
  return constant(chosen > 0 ? mean(series, n - chosen, n) : 0, horizon)
}
