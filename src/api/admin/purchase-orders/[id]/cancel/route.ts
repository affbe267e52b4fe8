import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { cancelPurchaseOrderWorkflow } from "../../../../../workflows/spare-parts/workflows/purchase-orders"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchPurchaseOrder } from "../../helpers"

export const POST = async (
  req: AuthenticatedMedusaRequest<{ reason?: string }>,
  res: MedusaResponse
) => {
  await cancelPurchaseOrderWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody?.reason ?? null, audit: auditContextFrom(req) },
  })
  res.json({ purchase_order: await refetchPurchaseOrder(req, req.params.id) })
}
