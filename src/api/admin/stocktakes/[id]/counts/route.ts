import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { enterStocktakeCountsWorkflow } from "../../../../../workflows/spare-parts/workflows/stocktakes"
import { auditContextFrom } from "../../../../utils/audit-context"
import { loadStocktakeResponse } from "../../helpers"
import { AdminEnterStocktakeCountsType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminEnterStocktakeCountsType>,
  res: MedusaResponse
) => {
  await enterStocktakeCountsWorkflow(req.scope).run({
    input: { id: req.params.id, counts: req.validatedBody.counts, audit: auditContextFrom(req) },
  })
  res.json({ stocktake: await loadStocktakeResponse(req, req.params.id) })
}
