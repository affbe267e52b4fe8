import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectScrapRequestWorkflow } from "../../../../../workflows/spare-parts/workflows/scrap-requests"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchScrapRequest } from "../../helpers"
import { AdminRejectScrapRequestType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectScrapRequestType>,
  res: MedusaResponse
) => {
  await rejectScrapRequestWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, audit: auditContextFrom(req) },
  })
  res.json({ scrap_request: await refetchScrapRequest(req, req.params.id) })
}
