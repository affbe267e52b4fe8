import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { decidePurchaseRequisitionWorkflow } from "../../../../../workflows/spare-parts/workflows/purchase-requisitions"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchPurchaseRequisition } from "../../helpers"

export const POST = async (
  req: AuthenticatedMedusaRequest<{ reason?: string }>,
  res: MedusaResponse
) => {
  await decidePurchaseRequisitionWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action: "cancel",
      reason: req.validatedBody?.reason ?? null,
      audit: auditContextFrom(req),
    },
  })
  res.json({ purchase_requisition: await refetchPurchaseRequisition(req, req.params.id) })
}
