/**
 * MASE scale: mean absolute error of the in-sample naive forecast (lag `seasonLength`, default 1)
 * over the whole history. Returns 0 when it cannot be computed.
 */
export function maseScale(history: readonly number[], seasonLength = 1): number {
  let sum = 0
  let count = 0
  for (let t = seasonLength; t < history.length; t++) {
    sum += Math.abs(history[t] - history[t - seasonLength])
    count++
  }
  return count > 0 ? sum / count : 0
}

/**
 * RMSSE scale as in the M5 competition: mean squared one-step naive error of the history,
 * counted from the first non-zero value. Returns 0 when it cannot be computed.
 */
export function rmsseScale(history: readonly number[]): number {
  const first = history.findIndex((value) => value !== 0)
  if (first < 0) {
    return 0
  }
  let sum = 0
  let count = 0
  for (let t = first + 1; t < history.length; t++) {
    const difference = history[t] - history[t - 1]
    sum += difference * difference
    count++
  }
  return count > 0 ? sum / count : 0
}

/** Mean absolute scaled error of `forecast` against `actual`; NaN when the scale is zero. */
export function mase(
  actual: readonly number[],
  forecast: readonly number[],
  history: readonly number[],
  seasonLength = 1
): number {
  return scaledErrors(actual, forecast, { mase: maseScale(history, seasonLength), rmsse: 0 }).mase
}

/** Root mean squared scaled error (M5 convention); NaN when the scale is zero. */
export function rmsse(
  actual: readonly number[],
  forecast: readonly number[],
  history: readonly number[]
): number {
  return scaledErrors(actual, forecast, { mase: 0, rmsse: rmsseScale(history) }).rmsse
}

/**
 * Scaled mean error, mean(forecast − actual) divided by the MASE scale: negative when the
 * forecast is too low. The all-zero forecast scores −MASE. NaN when the scale is zero.
 */
export function bias(
  actual: readonly number[],
  forecast: readonly number[],
  history: readonly number[]
): number {
  return scaledErrors(actual, forecast, { mase: maseScale(history), rmsse: 0 }).bias
}

/** In-sample scales: MASE's mean absolute naive error and RMSSE's mean squared one. */
export interface ErrorScales {
  mase: number
  rmsse: number
}

/** MASE, RMSSE and bias with scales computed beforehand (NaN where a scale is zero). */
export function scaledErrors(
  actual: ArrayLike<number>,
  forecast: ArrayLike<number>,
  scales: ErrorScales
): { mase: number; rmsse: number; bias: number } {
  let absolute = 0
  let squared = 0
  let signed = 0
  for (let h = 0; h < actual.length; h++) {
    const error = forecast[h] - actual[h]
    absolute += Math.abs(error)
    squared += error * error
    signed += error
  }
  const n = actual.length
  return {
    mase: scales.mase > 0 ? absolute / n / scales.mase : NaN,
    rmsse: scales.rmsse > 0 ? Math.sqrt(squared / n / scales.rmsse) : NaN,
    bias: scales.mase > 0 ? signed / n / scales.mase : NaN,
  }
}
