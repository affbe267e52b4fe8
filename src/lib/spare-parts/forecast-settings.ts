/** Forecasting settings of the spare-parts module (module option `forecast`). */
export type ForecastSettings = {
  /** Target cycle service level for reorder points (default 0.95). */
  serviceLevel: number
  /** Demand period the forecasts work in (default "month"). */
  period: "month" | "week"
  /** Periods forecast ahead (default 12 months or 26 weeks). */
  horizon: number
  /** Periods of history used (default 48 months or 156 weeks). */
  historyPeriods: number
  /** Lead time when a part has no supplier offer and its supplier none (default 14 days). */
  defaultLeadTimeDays: number
}

export function resolveForecastSettings(options: Partial<ForecastSettings> = {}): ForecastSettings {
  const period = options.period === "week" ? "week" : "month"
  const serviceLevel = Number(options.serviceLevel ?? 0.95)
  if (!(serviceLevel > 0 && serviceLevel < 1)) {
    throw new Error(`spareParts option forecast.serviceLevel must be between 0 and 1 (got ${options.serviceLevel}).`)
  }
  const positive = (value: unknown, fallback: number, name: string) => {
    const number = value === undefined ? fallback : Number(value)
    if (!Number.isInteger(number) || number < 1) {
      throw new Error(`spareParts option forecast.${name} must be a whole number of 1 or more (got ${value}).`)
    }
    return number
  }
  return {
    serviceLevel,
    period,
    horizon: positive(options.horizon, period === "month" ? 12 : 26, "horizon"),
    historyPeriods: positive(options.historyPeriods, period === "month" ? 48 : 156, "historyPeriods"),
    defaultLeadTimeDays: positive(options.defaultLeadTimeDays, 14, "defaultLeadTimeDays"),
  }
}
