import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { hasPermission } from "../../../lib/access/permissions"
import { summarizeVariance } from "../../../lib/spare-parts/stock"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import { resolveActorAccess } from "../../utils/require-permission"

/** Blind counts hide expected quantities (and so variances) from users who cannot approve. */
export async function canSeeExpected(req: AuthenticatedMedusaRequest, blindCount: boolean) {
  if (!blindCount) {
    return true
  }
  const access = await resolveActorAccess(req)
  return hasPermission(access.permissions, "stocktakes:approve")
}

/** A stocktake with its lines (part number and name on each), location name and variance summary. */
export async function loadStocktakeResponse(req: AuthenticatedMedusaRequest, id: string) {
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const stocktake = await spareParts.retrieveStocktake(id, { relations: ["lines"] })
  const [parts, [location]] = await Promise.all([
    spareParts.listSpareParts(
      { id: stocktake.lines.map((line) => line.part_id) },
      { select: ["id", "part_number", "name", "unit_cost"], take: null, withDeleted: true }
    ),
    req.scope
      .resolve(Modules.STOCK_LOCATION)
      .listStockLocations({ id: stocktake.location_id }, { select: ["id", "name"] }),
  ])
  const partById = new Map(parts.map((part) => [part.id, part]))
  const showExpected = await canSeeExpected(req, stocktake.blind_count)
  const lines = stocktake.lines
    .map((line) => ({
      id: line.id,
      part_id: line.part_id,
      part_number: partById.get(line.part_id)?.part_number ?? null,
      part_name: partById.get(line.part_id)?.name ?? null,
      unit_cost: partById.get(line.part_id)?.unit_cost ?? null,
      expected_quantity: showExpected ? line.expected_quantity : null,
      counted_quantity: line.counted_quantity,
      variance: showExpected ? line.variance : null,
      counted_by: line.counted_by,
      counted_at: line.counted_at,
    }))
    .sort((a, b) => (a.part_number ?? "").localeCompare(b.part_number ?? ""))
  const { lines: _lines, ...header } = stocktake as any
  return {
    ...header,
    location_name: location?.name ?? null,
    expected_hidden: !showExpected,
    lines,
    summary: showExpected
      ? summarizeVariance(stocktake.lines)
      : {
          lines: stocktake.lines.length,
          counted: stocktake.lines.filter((line) => line.counted_quantity !== null).length,
        },
  }
}
