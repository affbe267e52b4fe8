import { classifyDemand } from "./classification"
import { GlobalModel, GlobalTrainingSet } from "./methods/global"
import { isMethodName, METHODS, type MethodContext } from "./methods"
import { maseScale, rmsseScale, scaledErrors } from "./metrics"
import { backtestOrigins, learnCombinationWeights, type BacktestWindow } from "./selection"
import { cleanHistory } from "./series"
import {
  demandDispersion,
  leadTimeDemand,
  predictionIntervals,
  reorderPoint,
} from "./uncertainty"
import type {
  DemandClass,
  ForecastOptions,
  ForecastResult,
  MethodName,
  ProgressCallback,
} from "./types"

/**
 * Candidates combined by "auto": intermittent-demand methods, or trend and seasonal ones for
 * frequent (smooth or erratic) demand. Series without any demand get no candidate: their forecast
 * is zero and their method "none". iMAPA is left out: on the car-parts data it adds nothing over
 * SES and ADIDA, and its many aggregation levels dominate the cost on long daily histories.
 */
export const AUTO_CANDIDATES: Record<"frequent" | "infrequent", MethodName[]> = {
  infrequent: ["ses", "tsb", "adida", "global"],
  frequent: ["ses", "holt", "holt-winters", "tsb", "global"],
}

/** Smallest number of backtest windows for a demand class to get weights of its own. */
const MIN_CLASS_WINDOWS = 60

type RawSeries = ReadonlyArray<number | null | undefined>

function isFrequent(demandClass: DemandClass): boolean {
  return demandClass === "smooth" || demandClass === "erratic"
}

interface SeriesState {
  history: number[]
  demandClass: DemandClass
  candidates: MethodName[]
  origins: number[]
  windows: (BacktestWindow & { maseScale: number })[]
}

/**
 * Forecasts many series at once; needed for the global method and recommended for "auto", whose
 * combination weights are learned from the backtests of all series of the same demand class.
 * Missing periods (null/NaN) are handled as described in cleanHistory. Forecasts are
 * non-negative; intervals and inventory figures treat demand as counts (negative binomial).
 */
export function forecastMany(
  seriesList: readonly RawSeries[],
  options: ForecastOptions,
  onProgress?: ProgressCallback
): ForecastResult[] {
  const settings = validateOptions(options)
  const { horizon, method } = settings
  const context: MethodContext = { seasonLength: settings.seasonLength }
  const extendedHorizon = Math.max(horizon, Math.ceil(settings.leadTime ?? 0))
  const total = seriesList.length

  const states: SeriesState[] = seriesList.map((raw) => {
    const history = cleanHistory(raw)
    const demandClass = classifyDemand(history).class
    const candidates =
      method !== "auto"
        ? [method]
        : demandClass === "no-demand"
          ? []
          : AUTO_CANDIDATES[isFrequent(demandClass) ? "frequent" : "infrequent"]
    const origins = backtestOrigins(history.length, horizon)
    return { history, demandClass, candidates, origins, windows: [] }
  })

  const trainingSet = states.some((state) => state.candidates.includes("global"))
    ? new GlobalTrainingSet(
        states.map((state) => state.history),
        { horizon }
      )
    : null
  const finalModel = trainingSet?.fit() ?? null
  if (trainingSet && !finalModel) {
    // Too few windows to fit the global model (e.g. a single short series): "auto" drops it and
    // the global method falls back to SES.
    for (const state of states) {
      state.candidates = state.candidates.flatMap((name) =>
        name !== "global" ? [name] : method === "global" ? ["ses" as const] : []
      )
    }
  }

  // Rolling-origin backtest: origin k of every series is the k-th of its own origins counted
  // from the end, and the global model is refitted for each k on the data before those origins.
  const originCount = states.reduce((most, state) => Math.max(most, state.origins.length), 0)
  for (let k = 0; k < originCount; k++) {
    const originOf = (state: SeriesState) => state.origins[state.origins.length - 1 - k]
    const globalModel = trainingSet?.fit((index) => originOf(states[index]) ?? -1) ?? null
    states.forEach((state, index) => {
      const origin = originOf(state)
      if (origin === undefined) {
        return
      }
      const prefix = state.history.slice(0, origin)
      const scale = rmsseScale(prefix)
      if (scale > 0) {
        state.windows.push({
          candidates: state.candidates.map((name) =>
            Float64Array.from(candidateForecast(name, prefix, horizon, context, globalModel))
          ),
          actual: Float64Array.from(state.history.slice(origin, origin + horizon)),
          scale,
          maseScale: maseScale(prefix),
        })
      }
      if (index % 250 === 0) {
        onProgress?.(k * total + index, originCount * total, "backtest")
      }
    })
  }

  const weightsOf = learnWeights(states)
  const results = states.map((state, index) => {
    const weights = weightsOf(state)
    const forecast = new Array<number>(extendedHorizon).fill(0)
    state.candidates.forEach((name, j) => {
      if (weights[j] === 0) {
        return
      }
      const values = candidateForecast(name, state.history, extendedHorizon, context, finalModel)
      for (let h = 0; h < extendedHorizon; h++) {
        forecast[h] += weights[j] * values[h]
      }
    })
    for (let h = 0; h < extendedHorizon; h++) {
      forecast[h] = Math.max(0, forecast[h])
    }
    if (index % 250 === 0) {
      onProgress?.(index, total, "forecast")
    }
    return buildResult(state, weights, forecast, settings)
  })
  onProgress?.(total, total, "forecast")
  return results
}

/** Forecasts one series; see forecastMany, which "auto" and "global" benefit from. */
export function forecast(series: RawSeries, options: ForecastOptions): ForecastResult {
  return forecastMany([series], options)[0]
}

function candidateForecast(
  name: MethodName,
  history: readonly number[],
  horizon: number,
  context: MethodContext,
  globalModel: GlobalModel | null
): number[] {
  if (history.length === 0) {
    return new Array<number>(horizon).fill(0)
  }
  // Without a global model fitted before this backtest origin, SES stands in for it.
  if (name === "global" && globalModel) {
    return new Array<number>(horizon).fill(globalModel.predictLevel(history))
  }
  return METHODS[name === "global" ? "ses" : name].forecast(history, horizon, context)
}

/**
 * Weights per series: those of its demand class if the class has enough backtest windows, else
 * those of all series sharing its candidates.
 */
function learnWeights(states: readonly SeriesState[]): (state: SeriesState) => number[] {
  const cache = new Map<string, number[]>()
  const windowsOf = (predicate: (state: SeriesState) => boolean) =>
    states.filter(predicate).flatMap((state) => state.windows)
  return (state) => {
    if (state.candidates.length <= 1) {
      return state.candidates.map(() => 1)
    }
    const group = state.candidates.join(",")
    const key = `${group}|${state.demandClass}`
    let weights = cache.get(key)
    if (!weights) {
      const sameGroup = (other: SeriesState) => other.candidates.join(",") === group
      let windows = windowsOf(
        (other) => sameGroup(other) && other.demandClass === state.demandClass
      )
      if (windows.length < MIN_CLASS_WINDOWS) {
        windows = windowsOf(sameGroup)
      }
      const preserveLevel = !isFrequent(state.demandClass)
      weights = learnCombinationWeights(windows, state.candidates.length, preserveLevel)
      cache.set(key, weights)
    }
    return weights
  }
}

function buildResult(
  state: SeriesState,
  weights: number[],
  extendedForecast: number[],
  settings: Settings
): ForecastResult {
  const { horizon } = settings
  const forecast = extendedForecast.slice(0, horizon)
  const dispersion = demandDispersion(state.history)
  const { lower, upper } = predictionIntervals(forecast, dispersion, settings.intervalLevel)
  const result: ForecastResult = {
    class: state.demandClass,
    method:
      state.candidates.length === 0
        ? "none"
        : state.candidates.length === 1
          ? state.candidates[0]
          : describeCombination(state.candidates, weights),
    forecast,
    lower,
    upper,
    backtest: backtestScores(state, weights),
  }
  if (state.candidates.length > 1) {
    result.weights = Object.fromEntries(state.candidates.map((name, j) => [name, weights[j]]))
  }
  if (settings.leadTime !== undefined) {
    const demand = leadTimeDemand(extendedForecast, settings.leadTime, dispersion)
    const point = reorderPoint(demand, {
      serviceLevel: settings.serviceLevel,
      fillRate: settings.fillRate,
      orderQuantity: settings.orderQuantity ?? Math.max(1, Math.round(extendedForecast[0] ?? 0)),
    })
    result.leadTimeDemand = demand
    result.reorderPoint = point
    result.safetyStock = point - demand.mean
  }
  return result
}

function describeCombination(
  candidates: readonly MethodName[],
  weights: readonly number[]
): string {
  const parts = candidates
    .map((name, j) => ({ name, weight: weights[j] }))
    .filter(({ weight }) => weight >= 0.005)
    .sort((a, b) => b.weight - a.weight)
    .map(({ name, weight }) => `${name} ${weight.toFixed(2)}`)
  return `auto(${parts.join(" + ") || "zero"})`
}

function backtestScores(state: SeriesState, weights: readonly number[]) {
  const scores = { rmsse: 0, mase: 0, bias: 0 }
  let count = 0
  for (const window of state.windows) {
    if (!(window.maseScale > 0)) {
      continue
    }
    const combined = new Float64Array(window.actual.length)
    window.candidates.forEach((values, j) => {
      for (let h = 0; h < combined.length; h++) {
        combined[h] += weights[j] * values[h]
      }
    })
    for (let h = 0; h < combined.length; h++) {
      combined[h] = Math.max(0, combined[h])
    }
    const errors = scaledErrors(window.actual, combined, {
      mase: window.maseScale,
      rmsse: window.scale,
    })
    scores.rmsse += errors.rmsse
    scores.mase += errors.mase
    scores.bias += errors.bias
    count++
  }
  return count > 0
    ? { rmsse: scores.rmsse / count, mase: scores.mase / count, bias: scores.bias / count }
    : null
}

interface Settings {
  horizon: number
  method: "auto" | MethodName
  seasonLength: number
  leadTime?: number
  serviceLevel?: number
  fillRate?: number
  orderQuantity?: number
  intervalLevel: number
}

function validateOptions(options: ForecastOptions): Settings {
  const { horizon, seasonLength = 12, leadTime, serviceLevel, fillRate, orderQuantity } = options
  const method = options.method ?? "auto"
  if (!Number.isInteger(horizon) || horizon < 1) {
    throw new RangeError(`horizon must be a positive integer, got ${horizon}`)
  }
  if (method !== "auto" && !isMethodName(method)) {
    throw new RangeError(`unknown method "${method}"`)
  }
  if (!Number.isInteger(seasonLength) || seasonLength < 1) {
    throw new RangeError(`seasonLength must be a positive integer, got ${seasonLength}`)
  }
  if (leadTime !== undefined && !(leadTime > 0 && Number.isFinite(leadTime))) {
    throw new RangeError(`leadTime must be a positive number, got ${leadTime}`)
  }
  for (const [name, value] of [
    ["serviceLevel", serviceLevel],
    ["fillRate", fillRate],
  ] as const) {
    if (value !== undefined && !(value > 0 && value < 1)) {
      throw new RangeError(`${name} must be strictly between 0 and 1, got ${value}`)
    }
  }
  if (orderQuantity !== undefined && !(orderQuantity > 0)) {
    throw new RangeError(`orderQuantity must be positive, got ${orderQuantity}`)
  }
  const intervalLevel = options.intervalLevel ?? 0.8
  if (!(intervalLevel > 0 && intervalLevel < 1)) {
    throw new RangeError(`intervalLevel must be strictly between 0 and 1, got ${intervalLevel}`)
  }
  return {
    horizon,
    method,
    seasonLength,
    leadTime,
    serviceLevel,
    fillRate,
    orderQuantity,
    intervalLevel,
  }
}
