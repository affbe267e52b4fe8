import { model } from "@medusajs/framework/utils"

export const FORECAST_PERIODS = ["week", "month"] as const
export type ForecastPeriod = (typeof FORECAST_PERIODS)[number]

/**
 * The latest demand forecast of one part, for the whole part (`location_id` null) or for one
 * stock location. Recomputing replaces the row. `forecast`, `lower` and `upper` hold one value
 * per future period starting at `first_period` (the 80% interval); `safety_stock` and
 * `reorder_point` are the proposal for `service_level` over `lead_time_days`.
 */
const PartForecast = model
  .define("part_forecast", {
    id: model.id({ prefix: "pfc" }).primaryKey(),
    part_id: model.text(),
    location_id: model.text().nullable(),
    period: model.enum([...FORECAST_PERIODS]).default("month"),
    /** Start of the first forecast period (ISO date). */
    first_period: model.text(),
    horizon: model.number(),
    method: model.text(),
    demand_class: model.text(),
    forecast: model.json(),
    lower: model.json(),
    upper: model.json(),
    backtest_rmsse: model.float().nullable(),
    backtest_mase: model.float().nullable(),
    backtest_bias: model.float().nullable(),
    history_periods: model.number().default(0),
    lead_time_days: model.number(),
    lead_time_demand: model.float().default(0),
    service_level: model.float(),
    safety_stock: model.number().default(0),
    reorder_point: model.number().default(0),
    /** Forward signals: { planned_repairs, installed_base, added_demand } when they moved the forecast. */
    signals: model.json().nullable(),
    computed_at: model.dateTime(),
  })
  .indexes([
    { on: ["part_id"] },
    { on: ["part_id", "location_id"] },
  ])

export default PartForecast
