import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideStocktakeWorkflow } from "../../../../../workflows/spare-parts/workflows/stocktakes"
import { auditContextFrom } from "../../../../utils/audit-context"
import { loadStocktakeResponse } from "../../helpers"

export const POST = async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
  await decideStocktakeWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action: "approve",
      reason: req.validatedBody.reason ?? null,
      audit: auditContextFrom(req),
    },
  })
  res.json({ stocktake: await loadStocktakeResponse(req, req.params.id) })
}
