export type DemandClass =
  | "smooth"
  | "erratic"
  | "intermittent"
  | "lumpy"
  | "no-demand"

export type MethodName =
  | "naive"
  | "seasonal-naive"
  | "moving-average"
  | "ses"
  | "holt"
  | "holt-winters"
  | "croston"
  | "sba"
  | "tsb"
  | "adida"
  | "imapa"
  | "global"

export type MethodChoice = "auto" | MethodName

export interface ForecastOptions {
  /** Number of periods to forecast. */
  horizon: number
  /** "auto" (default) combines several methods by rolling-origin backtest; otherwise one method. */
  method?: MethodChoice
  /** Periods per seasonal cycle: 12 for monthly data (default), 52 weekly, 7 daily. */
  seasonLength?: number
  /** Replenishment lead time in periods; enables safety stock and reorder point. */
  leadTime?: number
  /** Target cycle service level: probability of no stock-out per replenishment cycle (default 0.95). */
  serviceLevel?: number
  /** Target fill rate: fraction of demand served from stock; takes precedence over serviceLevel. */
  fillRate?: number
  /** Order quantity for the fill-rate calculation (default: one period's forecast, at least 1). */
  orderQuantity?: number
  /** Central coverage of the prediction intervals (default 0.8). */
  intervalLevel?: number
}

export interface BacktestScores {
  rmsse: number
  mase: number
  bias: number
}

export interface LeadTimeDemand {
  mean: number
  variance: number
}

export interface ForecastResult {
  class: DemandClass
  /** Method name, or for "auto" a description such as "auto(global 0.62 + ses 0.21)". */
  method: string
  /** Combination weights when the method is "auto". */
  weights?: Partial<Record<MethodName, number>>
  forecast: number[]
  lower: number[]
  upper: number[]
  /** Rolling-origin backtest scores of the chosen method; null when the history is too short. */
  backtest: BacktestScores | null
  leadTimeDemand?: LeadTimeDemand
  safetyStock?: number
  reorderPoint?: number
}

export type ProgressCallback = (done: number, total: number, stage: string) => void
