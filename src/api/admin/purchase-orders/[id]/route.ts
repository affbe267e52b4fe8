import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updatePurchaseOrderWorkflow } from "../../../../workflows/spare-parts/workflows/purchase-orders"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchPurchaseOrder } from "../helpers"
import { AdminUpdatePurchaseOrderType } from "../validators"

/** The purchase order with its lines and goods receipts. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ purchase_order: await refetchPurchaseOrder(req, req.params.id) })
}

/** Edits a draft (expected date, notes, lines); new lines drop an approval already given. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePurchaseOrderType>,
  res: MedusaResponse
) => {
  await updatePurchaseOrderWorkflow(req.scope).run({
    input: { purchase_order: { id: req.params.id, ...req.validatedBody }, audit: auditContextFrom(req) },
  })
  res.json({ purchase_order: await refetchPurchaseOrder(req, req.params.id) })
}
