import type { MethodName } from "../types"
import { movingAverage, naive, seasonalNaive } from "./basic"
import { GlobalTrainingSet } from "./global"
import { adida, croston, imapa, sba, tsb } from "./intermittent"
import { holtDamped, holtWinters, ses } from "./smoothing"

/** Fixed parameters; what is left out is optimised per series (or defaulted, see each method). */
export interface MethodParameters {
  alpha?: number
  beta?: number
  gamma?: number
  phi?: number
  window?: number
}

export interface MethodContext {
  seasonLength: number
  parameters?: MethodParameters
}

export interface MethodDefinition {
  name: MethodName
  description: string
  /** "global" methods learn from all series at once when run through forecastMany. */
  scope: "local" | "global"
  forecast(history: readonly number[], horizon: number, context: MethodContext): number[]
}

type Forecaster = MethodDefinition["forecast"]

function local(name: MethodName, description: string, forecast: Forecaster): MethodDefinition {
  return { name, description, scope: "local", forecast }
}

/** Every forecasting method by name. */
export const METHODS: Record<MethodName, MethodDefinition> = {
  naive: local("naive", "last value", (history, horizon) => naive(history, horizon)),
  "seasonal-naive": local("seasonal-naive", "value one season earlier", (history, horizon, context) =>
    seasonalNaive(history, horizon, context.seasonLength)
  ),
  "moving-average": local(
    "moving-average",
    "mean of the last w periods, w optimised",
    (history, horizon, { parameters }) => movingAverage(history, horizon, parameters?.window)
  ),
  ses: local(
    "ses",
    "simple exponential smoothing, alpha optimised",
    (history, horizon, { parameters }) => ses(history, horizon, parameters?.alpha)
  ),
  holt: local(
    "holt",
    "Holt's method with damped trend, parameters optimised",
    (history, horizon, { parameters }) => holtDamped(history, horizon, parameters)
  ),
  "holt-winters": local(
    "holt-winters",
    "additive Holt-Winters with damped trend, parameters optimised",
    (history, horizon, { seasonLength, parameters }) =>
      holtWinters(history, horizon, seasonLength, parameters)
  ),
  croston: local(
    "croston",
    "Croston's method, alpha 0.1",
    (history, horizon, { parameters }) => croston(history, horizon, parameters?.alpha)
  ),
  sba: local(
    "sba",
    "Syntetos-Boylan approximation, alpha 0.1",
    (history, horizon, { parameters }) => sba(history, horizon, parameters?.alpha)
  ),
  tsb: local(
    "tsb",
    "Teunter-Syntetos-Babai, alpha and beta optimised",
    (history, horizon, { parameters }) => tsb(history, horizon, parameters)
  ),
  adida: local(
    "adida",
    "aggregate-disaggregate (ADIDA) with SES, alpha optimised",
    (history, horizon, { parameters }) => adida(history, horizon, parameters?.alpha)
  ),
  imapa: local(
    "imapa",
    "intermittent multiple aggregation (iMAPA), alpha optimised",
    (history, horizon, { parameters }) => imapa(history, horizon, parameters?.alpha)
  ),
  global: {
    name: "global",
    description: "cross-series linear model fitted by RMSSE on all parts' windows",
    scope: "global",
    // On its own a single series rarely has enough windows; SES stands in then.
    forecast: (history, horizon, context) => {
      const model = new GlobalTrainingSet([history], { horizon }).fit()
      return model
        ? new Array<number>(horizon).fill(model.predictLevel(history))
        : METHODS.ses.forecast(history, horizon, context)
    },
  },
}

export const METHOD_NAMES = Object.keys(METHODS) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(METHODS, name)
}
