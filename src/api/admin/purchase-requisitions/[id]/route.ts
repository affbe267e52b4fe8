import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updatePurchaseRequisitionWorkflow } from "../../../../workflows/spare-parts/workflows/purchase-requisitions"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchPurchaseRequisition } from "../helpers"
import { AdminUpdatePurchaseRequisitionType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ purchase_requisition: await refetchPurchaseRequisition(req, req.params.id) })
}

/** Edits a draft requisition (reason, suggested supplier, lines). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePurchaseRequisitionType>,
  res: MedusaResponse
) => {
  await updatePurchaseRequisitionWorkflow(req.scope).run({
    input: { requisition: { id: req.params.id, ...req.validatedBody }, audit: auditContextFrom(req) },
  })
  res.json({ purchase_requisition: await refetchPurchaseRequisition(req, req.params.id) })
}
