import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bucketDemand, isoDate } from "../../../../../lib/spare-parts/demand-history"
import { SPARE_PARTS_MODULE } from "../../../../../modules/spare-parts"
import SparePartsModuleService from "../../../../../modules/spare-parts/service"
import { demandRange, loadDemandRows } from "../../parts-demand-helpers"
import { AdminGetPartDemandParamsType } from "../../parts-demand-validators"

/**
 * Demand of one part per period: repair consumption (net of returns to stock), sales and
 * other issues, every period of the range present (zeros where nothing happened).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as unknown as AdminGetPartDemandParamsType
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const part = await spareParts.retrieveSparePart(req.params.id, { select: ["id"] })
  const { from, to } = demandRange(params.period, params.from, params.to)
  const rows = await loadDemandRows(req.scope, {
    part_ids: [part.id],
    location_id: params.location_id,
    from,
    to,
  })
  res.json({
    part_id: part.id,
    period: params.period,
    from: isoDate(from),
    to: isoDate(to),
    location_id: params.location_id ?? null,
    demand: bucketDemand(rows, { period: params.period, from, to }),
  })
}
