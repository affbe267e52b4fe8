import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { postStocktakeWorkflow } from "../../../../../workflows/spare-parts/workflows/stocktakes"
import { auditContextFrom } from "../../../../utils/audit-context"
import { loadStocktakeResponse } from "../../helpers"

/** Posts the approved variances as adjustment movements, all or nothing. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await postStocktakeWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({
    stocktake: await loadStocktakeResponse(req, req.params.id),
    movement_ids: result.movements.map((movement) => movement.id),
  })
}
