import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { submitPurchaseRequisitionWorkflow } from "../../../../../workflows/spare-parts/workflows/purchase-requisitions"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchPurchaseRequisition } from "../../helpers"

/** Submits a draft for approval (or approves it at once when no approval rule applies). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await submitPurchaseRequisitionWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ purchase_requisition: await refetchPurchaseRequisition(req, req.params.id) })
}
