/**
 * Turns a raw history with missing periods (null, undefined or NaN) into a regular series:
 * periods before the first and after the last observation are dropped (the part was not
 * listed yet, or no longer), gaps inside are filled by linear interpolation.
 */
export function cleanHistory(raw: ReadonlyArray<number | null | undefined>): number[] {
  const isObserved = (value: number | null | undefined): value is number =>
    typeof value === "number" && Number.isFinite(value)
  let first = 0
  while (first < raw.length && !isObserved(raw[first])) {
    first++
  }
  let last = raw.length - 1
  while (last >= first && !isObserved(raw[last])) {
    last--
  }
  const history: number[] = []
  let previous = -1
  for (let t = first; t <= last; t++) {
    const value = raw[t]
    if (!isObserved(value)) {
      continue
    }
    if (previous >= 0 && t - previous > 1) {
      const start = raw[previous] as number
      const step = (value - start) / (t - previous)
      for (let gap = 1; gap < t - previous; gap++) {
        history.push(start + step * gap)
      }
    }
    history.push(value)
    previous = t
  }
  return history
}

export function sum(values: ArrayLike<number>, from = 0, to = values.length): number {
  let total = 0
  for (let i = from; i < to; i++) {
    total += values[i]
  }
  return total
}

export function mean(values: ArrayLike<number>, from = 0, to = values.length): number {
  return to > from ? sum(values, from, to) / (to - from) : 0
}

export function constant(value: number, length: number): number[] {
  return new Array<number>(length).fill(value)
}

/**
 * Smoothing parameters are optimised on at most this many recent periods (the states still run
 * over the whole history): plenty for stable estimates, and it bounds the cost on long daily data.
 */
export const OPTIMISATION_WINDOW = 250

/** The last OPTIMISATION_WINDOW periods of a series, or at least `minimum` periods. */
export function recentPart(series: readonly number[], minimum = 0): readonly number[] {
  const length = Math.max(OPTIMISATION_WINDOW, minimum)
  return series.length > length ? series.slice(series.length - length) : series
}
