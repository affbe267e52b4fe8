import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  DemandPeriod,
  LedgerRow,
  periodStart,
  shiftPeriods,
} from "../../../lib/spare-parts/demand-history"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

/** The requested range, defaulting to the last 24 months / 26 weeks / 60 days up to today. */
export function demandRange(period: DemandPeriod, from?: string, to?: string) {
  const end = to ? new Date(to) : new Date()
  const back = { month: 23, week: 25, day: 59 }[period]
  const start = from ? new Date(from) : shiftPeriods(periodStart(end, period), period, -back)
  if (start.getTime() > end.getTime()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "`from` must not be after `to`.")
  }
  // Inclusive end: the whole last day.
  const endOfDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate(), 23, 59, 59, 999))
  return { from: start, to: endOfDay }
}

/** Demand-relevant ledger rows of some parts in a range, as the demand-history library reads them. */
export async function loadDemandRows(
  container: MedusaContainer,
  filter: { part_ids: string[]; location_id?: string; from: Date; to: Date }
): Promise<(LedgerRow & { location_id: string })[]> {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const rows = await spareParts.listStockMovements(
    {
      part_id: filter.part_ids,
      type: ["issue", "return_to_stock", "sale"],
      occurred_at: { $gte: filter.from, $lte: filter.to },
      ...(filter.location_id ? { location_id: filter.location_id } : {}),
    },
    {
      select: ["id", "part_id", "location_id", "type", "quantity", "reference_type", "occurred_at", "metadata"],
      take: null,
    }
  )
  return rows.map((row) => ({
    id: row.id,
    part_id: row.part_id,
    location_id: row.location_id,
    type: row.type,
    quantity: row.quantity,
    reference_type: row.reference_type,
    occurred_at: row.occurred_at,
    reversal_of: ((row.metadata as Record<string, unknown> | null)?.reversal_of as string) ?? null,
  }))
}
