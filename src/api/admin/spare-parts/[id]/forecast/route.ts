import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SPARE_PARTS_MODULE } from "../../../../../modules/spare-parts"
import SparePartsModuleService from "../../../../../modules/spare-parts/service"
import { forecastSparePartsWorkflow } from "../../../../../workflows/spare-parts/workflows/forecast-spare-parts"
import { auditContextFrom } from "../../../../utils/audit-context"

async function storedForecasts(req: AuthenticatedMedusaRequest, partId: string) {
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const forecasts = await spareParts.listPartForecasts({ part_id: partId }, { take: null })
  // The whole-part forecast first, then one per location.
  return forecasts.sort((a, b) => (a.location_id === null ? -1 : b.location_id === null ? 1 : 0))
}

/** The part's latest forecasts: the whole part (location_id null) and each stock location. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const part = await spareParts.retrieveSparePart(req.params.id, { select: ["id"] })
  res.json({ part_forecasts: await storedForecasts(req, part.id) })
}

/** Forecasts this part now (and updates its reorder policies that follow the forecast). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const part = await spareParts.retrieveSparePart(req.params.id, { select: ["id"] })
  const { result } = await forecastSparePartsWorkflow(req.scope).run({
    input: { part_ids: [part.id], audit: auditContextFrom(req) },
  })
  res.json({ part_forecasts: await storedForecasts(req, part.id), policies_updated: result.policies_updated })
}
