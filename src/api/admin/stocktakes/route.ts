import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openStocktakeWorkflow } from "../../../workflows/spare-parts/workflows/stocktakes"
import { auditContextFrom } from "../../utils/audit-context"
import { loadStocktakeResponse } from "./helpers"
import { AdminGetStocktakesParamsType, AdminOpenStocktakeType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetStocktakesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stocktakes, metadata } = await query.graph({
    entity: "stocktake",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ stocktakes, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/** Opens a count of a location, snapshotting the expected (host on-hand) quantities. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminOpenStocktakeType>,
  res: MedusaResponse
) => {
  const { result } = await openStocktakeWorkflow(req.scope).run({
    input: { stocktake: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ stocktake: await loadStocktakeResponse(req, result.id) })
}
