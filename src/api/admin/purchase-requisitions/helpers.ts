import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { decidePurchaseRequisitionWorkflow } from "../../../workflows/spare-parts/workflows/purchase-requisitions"
import { auditContextFrom } from "../../utils/audit-context"

export async function refetchPurchaseRequisition(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [requisition],
  } = await query.graph(
    { entity: "purchase_requisitions", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return requisition
}

/** The POST handler of /admin/purchase-requisitions/:id/<action>: runs the decision, answers the requisition. */
export function requisitionDecisionHandler(action: "approve" | "reject" | "cancel") {
  return async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
    await decidePurchaseRequisitionWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        action,
        reason: req.validatedBody?.reason ?? null,
        audit: auditContextFrom(req),
      },
    })
    res.json({ purchase_requisition: await refetchPurchaseRequisition(req, req.params.id) })
  }
}
