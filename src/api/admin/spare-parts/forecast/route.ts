import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { estimateShortage, leadTimeInPeriods } from "../../../../lib/spare-parts/forecast-plan"
import { SPARE_PARTS_MODULE } from "../../../../modules/spare-parts"
import SparePartsModuleService from "../../../../modules/spare-parts/service"
import { getStockPositions } from "../../../../workflows/spare-parts/stock-positions"
import { startPartsRunWorkflow } from "../../../../workflows/spare-parts/workflows/start-parts-run"
import { auditContextFrom } from "../../../utils/audit-context"

/**
 * The forecast overview: every forecast part with its expected shortage before the next
 * delivery could arrive (available + incoming − forecast demand over the lead time), most
 * short first; plus the latest forecast-all run.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const forecasts = await spareParts.listPartForecasts({ location_id: null }, { take: null })
  const partIds = forecasts.map((forecast) => forecast.part_id)
  const [parts, positions, [run]] = await Promise.all([
    partIds.length
      ? spareParts.listSpareParts({ id: partIds }, { select: ["id", "part_number", "name", "status"], take: null })
      : Promise.resolve([]),
    partIds.length ? getStockPositions(req.scope, { part_ids: partIds }) : Promise.resolve([]),
    spareParts.listPartsRuns({ kind: "forecast" }, { take: 1, order: { started_at: "DESC" } }),
  ])
  const partById = new Map(parts.map((part) => [part.id, part]))
  const rows = forecasts
    .filter((forecast) => partById.has(forecast.part_id))
    .map((forecast) => {
      const own = positions.filter((position) => position.part_id === forecast.part_id)
      const available = own.reduce((sum, position) => sum + position.available, 0)
      const incoming = own.reduce((sum, position) => sum + position.incoming, 0)
      const part = partById.get(forecast.part_id)!
      return {
        part_id: part.id,
        part_number: part.part_number,
        name: part.name,
        method: forecast.method,
        demand_class: forecast.demand_class,
        backtest_rmsse: forecast.backtest_rmsse,
        lead_time_days: forecast.lead_time_days,
        reorder_point: forecast.reorder_point,
        safety_stock: forecast.safety_stock,
        available,
        incoming,
        ...estimateShortage({
          available,
          incoming,
          forecast: forecast.forecast as unknown as number[],
          leadTimePeriods: leadTimeInPeriods(forecast.lead_time_days, forecast.period),
        }),
        computed_at: forecast.computed_at,
      }
    })
    .sort((a, b) => b.expected_shortage - a.expected_shortage || a.projected_balance - b.projected_balance)
  res.json({ parts: rows, count: rows.length, forecast_run: run ?? null })
}

/** Forecasts every active part in the background; poll GET for `forecast_run`. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  try {
    const { result } = await startPartsRunWorkflow(req.scope).run({
      input: { kind: "forecast", trigger: "admin", in_background: true, audit: auditContextFrom(req) },
    })
    res.status(202).json({ forecast_run: result })
  } catch (error) {
    // Keep the message of a 409 (Medusa replaces CONFLICT messages with one about idempotency keys).
    if (error?.type === MedusaError.Types.CONFLICT) {
      throw Object.assign(new Error(error.message), { status: 409, statusCode: 409, expose: true })
    }
    throw error
  }
}
