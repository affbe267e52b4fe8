import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { disposeScrapRequestWorkflow } from "../../../../../workflows/spare-parts/workflows/scrap-requests"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchScrapRequest } from "../../helpers"
import { AdminDisposeScrapRequestType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminDisposeScrapRequestType>,
  res: MedusaResponse
) => {
  await disposeScrapRequestWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, audit: auditContextFrom(req) },
  })
  res.json({ scrap_request: await refetchScrapRequest(req, req.params.id) })
}
