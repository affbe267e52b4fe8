import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  applyForwardSignals,
  cleanHistory,
  demandDispersion,
  forecastMany,
  leadTimeDemand,
  reorderPoint,
  safetyStock,
} from "../../../lib/forecasting"
import {
  demandOf,
  demandSeriesByPart,
  isoDate,
  LedgerRow,
  periodStart,
  shiftPeriods,
  withoutReversals,
} from "../../../lib/spare-parts/demand-history"
import {
  installedBaseSignal,
  plannedQuantitiesByPeriod,
} from "../../../lib/spare-parts/forward-signal-inputs"
import type { ForecastSettings } from "../../../lib/spare-parts/forecast-settings"
import { leadTimeInPeriods, policyFromForecast } from "../../../lib/spare-parts/forecast-plan"
import type { ReorderPolicyNumbers } from "../../../lib/spare-parts/reorder-policy"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import { loadForwardSignalData } from "../forward-signal-data"

export type PartForecastRow = {
  part_id: string
  location_id: string | null
  period: "week" | "month"
  first_period: string
  horizon: number
  method: string
  demand_class: string
  forecast: number[]
  lower: number[]
  upper: number[]
  backtest_rmsse: number | null
  backtest_mase: number | null
  backtest_bias: number | null
  history_periods: number
  lead_time_days: number
  lead_time_demand: number
  service_level: number
  safety_stock: number
  reorder_point: number
  signals: Record<string, unknown> | null
  computed_at: Date
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits

/**
 * Forecasts the given parts (or every active and phase-out part) from their demand history in the ledger:
 * one series per part and one per stock location that holds it or has a reorder policy for
 * it, all on the same period grid, in one forecastMany call ("auto"). The grid ends with the
 * last complete period; the forecast starts with the current one. Lead time comes from the
 * preferred supplier offer (else the shortest offer, else the supplier's default, else the
 * module default); reorder point and safety stock follow the target service level.
 *
 * Forward signals then lift the forecast where history cannot see demand coming: units still
 * planned on open repair orders (per the repair's planned start) and the installed base under
 * warranty of the products the part fits, failing at the rate observed in in-warranty repairs
 * (src/lib/spare-parts/forward-signal-inputs.ts). Safety stock and reorder point follow the
 * lifted forecast; `signals` records what each signal added.
 */
export const computePartForecastsStep = createStep(
  "compute-part-forecasts",
  async (input: { part_ids?: string[] | null; now?: string | null }, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const settings: ForecastSettings = spareParts.getForecastSettings()
    const parts = await spareParts.listSpareParts(
      // Phase-out parts still sell until they are gone; obsolete ones are not forecast.
      input.part_ids?.length ? { id: input.part_ids } : { status: ["active", "phase_out"] },
      { select: ["id", "inventory_item_id", "compatible_product_ids", "compatible_variant_ids"], take: null }
    )
    if (!parts.length) {
      return new StepResponse([] as PartForecastRow[])
    }
    const partIds = parts.map((part) => part.id)
    const now = input.now ? new Date(input.now) : new Date()
    const currentPeriod = periodStart(now, settings.period)
    const from = shiftPeriods(currentPeriod, settings.period, -settings.historyPeriods)
    const lastComplete = new Date(currentPeriod.getTime() - 1)

    const [offers, policies, levels, movements] = await Promise.all([
      spareParts.listPartSuppliers(
        { part_id: partIds },
        { select: ["part_id", "lead_time_days", "is_preferred", "supplier.lead_time_days"], relations: ["supplier"], take: null }
      ),
      spareParts.listReorderPolicies({ part_id: partIds }, { select: ["part_id", "location_id"], take: null }),
      container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: parts.map((part) => part.inventory_item_id) }, { take: null }),
      spareParts.listStockMovements(
        {
          part_id: partIds,
          // Receipts and incoming transfers are no demand; they only tell when the part's history starts.
          type: ["issue", "return_to_stock", "sale", "receipt", "transfer_in"],
          occurred_at: { $gte: from, $lte: lastComplete },
        },
        {
          select: [
            "id",
            "part_id",
            "location_id",
            "type",
            "quantity",
            "reference_type",
            "reference_id",
            "occurred_at",
            "metadata",
          ],
          take: null,
        }
      ),
    ])

    const leadTimeDays = new Map<string, number>()
    for (const part of parts) {
      const own = offers.filter((offer) => (offer as any).part_id === part.id)
      const days = (offer: any) => offer.lead_time_days ?? offer.supplier?.lead_time_days ?? null
      const preferred = own.find((offer) => offer.is_preferred && days(offer) !== null)
      const known = own.map(days).filter((value): value is number => value !== null)
      leadTimeDays.set(
        part.id,
        preferred ? days(preferred) : known.length ? Math.min(...known) : settings.defaultLeadTimeDays
      )
    }

    const locationsOf = new Map<string, Set<string>>(partIds.map((id) => [id, new Set<string>()]))
    const partByItem = new Map(parts.map((part) => [part.inventory_item_id, part.id]))
    for (const level of levels) {
      locationsOf.get(partByItem.get(level.inventory_item_id) ?? "")?.add(level.location_id)
    }
    for (const policy of policies) {
      locationsOf.get((policy as any).part_id)?.add(policy.location_id)
    }

    const ledger: LedgerRow[] = movements.map((row) => ({
      id: row.id,
      part_id: row.part_id,
      type: row.type,
      quantity: row.quantity,
      reference_type: row.reference_type,
      occurred_at: row.occurred_at,
      reversal_of: ((row.metadata as Record<string, unknown> | null)?.reversal_of as string) ?? null,
    }))
    const keys: { part_id: string; location_id: string | null }[] = []
    for (const part of parts) {
      keys.push({ part_id: part.id, location_id: null })
      for (const location of locationsOf.get(part.id)!) {
        keys.push({ part_id: part.id, location_id: location })
      }
    }
    const keyOf = (partId: string, locationId: string | null) => `${partId}|${locationId ?? ""}`
    const locationOfRow = new Map(movements.map((row) => [row.id, row.location_id]))
    const keyedRows = ledger.flatMap((row) => [
      { ...row, part_id: keyOf(row.part_id, null) },
      { ...row, part_id: keyOf(row.part_id, locationOfRow.get(row.id)!) },
    ])
    const grid = { period: settings.period, from, to: lastComplete }
    const series = demandSeriesByPart(
      keyedRows,
      keys.map((key) => keyOf(key.part_id, key.location_id)),
      grid
    )
    // Periods before the part's first movement in the window are missing, not zero demand
    // (a part listed recently, or history backfilled from before the part was created here).
    const firstPeriod = new Map<string, number>()
    for (const row of movements) {
      const start = periodStart(row.occurred_at, settings.period).getTime()
      firstPeriod.set(row.part_id, Math.min(firstPeriod.get(row.part_id) ?? start, start))
    }
    const periodStarts: number[] = []
    for (let start = from; start.getTime() <= lastComplete.getTime(); start = shiftPeriods(start, settings.period, 1)) {
      periodStarts.push(start.getTime())
    }
    const histories = keys.map((key) => {
      const first = firstPeriod.get(key.part_id) ?? Number.POSITIVE_INFINITY
      return series.get(keyOf(key.part_id, key.location_id))!.map((value, index) =>
        periodStarts[index] < first ? null : value
      )
    })

    const maxLeadPeriods = Math.max(
      ...[...leadTimeDays.values()].map((days) => leadTimeInPeriods(days, settings.period))
    )
    const horizon = Math.max(settings.horizon, Math.ceil(maxLeadPeriods))
    const results = forecastMany(histories, {
      horizon,
      seasonLength: settings.period === "month" ? 12 : 52,
    })
    const signalData = await loadForwardSignalData(container, {
      parts: parts as any,
      repairOrderIds: [
        ...new Set(
          movements
            .filter((row) => row.reference_type === "repair_order" && row.reference_id)
            .map((row) => row.reference_id as string)
        ),
      ],
    })
    // In-warranty repair consumption in the window, per part and per part|location.
    const warrantyConsumption = new Map<string, number>()
    const repairOfRow = new Map(movements.map((row) => [row.id, row.reference_id ?? ""]))
    for (const row of withoutReversals(ledger)) {
      const demand = demandOf(row)
      if (demand?.kind !== "repair" || !signalData.warrantyRepairIds.has(repairOfRow.get(row.id)!)) {
        continue
      }
      for (const key of [keyOf(row.part_id, null), keyOf(row.part_id, locationOfRow.get(row.id)!)]) {
        warrantyConsumption.set(key, (warrantyConsumption.get(key) ?? 0) + demand.quantity)
      }
    }

    const computedAt = new Date()
    const rows: PartForecastRow[] = keys.map((key, index) => {
      const days = leadTimeDays.get(key.part_id)!
      const lead = leadTimeInPeriods(days, settings.period)
      const history = cleanHistory(histories[index])
      const { result, signals } = withForwardSignals(results[index], {
        plannedLines: (signalData.openLines.get(key.part_id) ?? []).filter(
          (line) => key.location_id === null || line.location_id === key.location_id
        ),
        installedBase: installedBaseSignal({
          units: signalData.unitsByPart.get(key.part_id) ?? [],
          warrantyConsumption: warrantyConsumption.get(keyOf(key.part_id, key.location_id)) ?? 0,
          window: { from, to: lastComplete },
          historyPeriods: history.length,
          period: settings.period,
          now,
        }),
        grid: { period: settings.period, firstPeriod: currentPeriod, horizon },
      })
      const demand = leadTimeDemand(result.forecast, lead, demandDispersion(history))
      const target = { serviceLevel: settings.serviceLevel }
      return {
        part_id: key.part_id,
        location_id: key.location_id,
        period: settings.period,
        first_period: isoDate(currentPeriod),
        horizon: settings.horizon,
        method: result.method,
        demand_class: result.class,
        forecast: result.forecast.slice(0, settings.horizon).map((value) => round(value)),
        lower: result.lower.slice(0, settings.horizon),
        upper: result.upper.slice(0, settings.horizon),
        backtest_rmsse: result.backtest ? round(result.backtest.rmsse) : null,
        backtest_mase: result.backtest ? round(result.backtest.mase) : null,
        backtest_bias: result.backtest ? round(result.backtest.bias) : null,
        history_periods: history.length,
        lead_time_days: days,
        lead_time_demand: round(demand.mean),
        service_level: settings.serviceLevel,
        safety_stock: round(safetyStock(demand, target), 2),
        reorder_point: reorderPoint(demand, target),
        signals,
        computed_at: computedAt,
      }
    })
    return new StepResponse(rows)
  }
)

type ForecastResult = ReturnType<typeof forecastMany>[number]

/** Lifts a statistical forecast (and its interval) by the forward signals; null signals when none applied. */
function withForwardSignals(
  result: ForecastResult,
  input: {
    plannedLines: Parameters<typeof plannedQuantitiesByPeriod>[0]
    installedBase: ReturnType<typeof installedBaseSignal>
    grid: Parameters<typeof plannedQuantitiesByPeriod>[1]
  }
): { result: ForecastResult; signals: Record<string, unknown> | null } {
  const plannedQuantities = plannedQuantitiesByPeriod(input.plannedLines, input.grid)
  if (!input.installedBase && plannedQuantities.every((quantity) => quantity === 0)) {
    return { result, signals: null }
  }
  const adjustment = applyForwardSignals(result.forecast, {
    plannedQuantities,
    ...(input.installedBase ?? {}),
  })
  const added = adjustment.forecast.map((value, h) => value - Math.max(0, result.forecast[h]))
  return {
    result: {
      ...result,
      forecast: adjustment.forecast,
      lower: result.lower.map((value, h) => value + added[h]),
      upper: result.upper.map((value, h) => value + added[h]),
    },
    signals: {
      added_demand: round(adjustment.addedDemand),
      planned_repairs: {
        open_lines: input.plannedLines.filter((line) => line.outstanding > 0).length,
        planned_units: plannedQuantities.reduce((sum, value) => sum + value, 0),
        added: adjustment.planned.map((value) => round(value)),
      },
      installed_base: input.installedBase
        ? {
            units_under_warranty: input.installedBase.units_under_warranty,
            failure_rate_per_period: round(input.installedBase.failure_rate, 4),
            baseline_per_period: round(input.installedBase.baselineWarrantyDemand ?? 0),
            added: adjustment.installedBase.map((value) => round(value)),
          }
        : null,
    },
  }
}

/**
 * Replaces the stored forecasts of the forecast parts with the new ones (the old rows are
 * soft-deleted, and restored on compensation). Reports progress on a run when given.
 */
export const storePartForecastsStep = createStep(
  "store-part-forecasts",
  async (input: { rows: PartForecastRow[]; run_id?: string | null }, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const partIds = [...new Set(input.rows.map((row) => row.part_id))]
    if (!partIds.length) {
      return new StepResponse([] as { id: string }[], { replaced: [] as string[], created: [] as string[] })
    }
    const previous = await spareParts.listPartForecasts({ part_id: partIds }, { select: ["id"], take: null })
    if (previous.length) {
      await spareParts.softDeletePartForecasts(previous.map((row) => row.id))
    }
    const created: { id: string }[] = []
    const batch = 200
    for (let start = 0; start < input.rows.length; start += batch) {
      created.push(
        ...((await spareParts.createPartForecasts(input.rows.slice(start, start + batch) as any)) as unknown as { id: string }[])
      )
      if (input.run_id) {
        const partsDone = new Set(input.rows.slice(0, start + batch).map((row) => row.part_id)).size
        await spareParts.updatePartsRuns({ id: input.run_id, processed: partsDone, changed: created.length })
      }
    }
    return new StepResponse(created, {
      replaced: previous.map((row) => row.id),
      created: created.map((row) => row.id),
    })
  },
  async (state, { container }) => {
    if (!state) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    if (state.created.length) {
      await spareParts.deletePartForecasts(state.created)
    }
    if (state.replaced.length) {
      await spareParts.restorePartForecasts(state.replaced)
    }
  }
)

type PolicySnapshot = ReorderPolicyNumbers & { id: string; source: string; part_id: string; location_id: string }

/**
 * Policies with `follow_forecast` take the forecast's reorder point and safety stock of their
 * location (source `forecast`); other policies keep their numbers and the stored forecast is
 * only a suggestion. Restores the previous numbers on compensation.
 */
export const followForecastPoliciesStep = createStep(
  "follow-forecast-policies",
  async (rows: PartForecastRow[], { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const partIds = [...new Set(rows.map((row) => row.part_id))]
    if (!partIds.length) {
      return new StepResponse([] as { before: PolicySnapshot; after: PolicySnapshot }[], [] as PolicySnapshot[])
    }
    const policies = (await spareParts.listReorderPolicies(
      { part_id: partIds, follow_forecast: true },
      { take: null }
    )) as unknown as PolicySnapshot[]
    const byKey = new Map(rows.map((row) => [`${row.part_id}|${row.location_id ?? ""}`, row]))
    const changes: { before: PolicySnapshot; after: PolicySnapshot }[] = []
    for (const policy of policies) {
      const forecast = byKey.get(`${policy.part_id}|${policy.location_id}`)
      if (!forecast) {
        continue
      }
      const numbers = policyFromForecast(policy, forecast)
      const after = { ...policy, ...numbers, source: "forecast" }
      if (
        numbers.reorder_point !== policy.reorder_point ||
        numbers.safety_stock !== policy.safety_stock ||
        numbers.min_quantity !== policy.min_quantity ||
        numbers.max_quantity !== policy.max_quantity ||
        policy.source !== "forecast"
      ) {
        changes.push({ before: policy, after })
      }
    }
    if (changes.length) {
      await spareParts.updateReorderPolicies(
        changes.map(({ after }) => ({
          id: after.id,
          reorder_point: after.reorder_point,
          safety_stock: after.safety_stock,
          min_quantity: after.min_quantity,
          max_quantity: after.max_quantity,
          source: "forecast",
        })) as any
      )
    }
    return new StepResponse(changes, changes.map(({ before }) => before))
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.updateReorderPolicies(
      previous.map((policy) => ({
        id: policy.id,
        reorder_point: policy.reorder_point,
        safety_stock: policy.safety_stock,
        min_quantity: policy.min_quantity,
        max_quantity: policy.max_quantity,
        source: policy.source,
      })) as any
    )
  }
)
