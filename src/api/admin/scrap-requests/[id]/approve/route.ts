import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveScrapRequestWorkflow } from "../../../../../workflows/spare-parts/workflows/scrap-requests"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchScrapRequest } from "../../helpers"
import { AdminApproveScrapRequestType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveScrapRequestType>,
  res: MedusaResponse
) => {
  await approveScrapRequestWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, audit: auditContextFrom(req) },
  })
  res.json({ scrap_request: await refetchScrapRequest(req, req.params.id) })
}
