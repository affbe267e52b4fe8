import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { approvePurchaseOrderWorkflow } from "../../../workflows/spare-parts/workflows/purchase-orders"
import { auditContextFrom } from "../../utils/audit-context"

export async function refetchPurchaseOrder(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph(
    { entity: "purchase_orders", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return order
}

/**
 * The POST handler of /admin/purchase-orders/:id/<decision>: runs the decision's workflow
 * (approve, order, close, cancel: they take the same input) and answers the order.
 */
export function purchaseOrderDecisionHandler(workflow: typeof approvePurchaseOrderWorkflow) {
  return async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
    await workflow(req.scope).run({
      input: { id: req.params.id, reason: req.validatedBody?.reason ?? null, audit: auditContextFrom(req) },
    })
    res.json({ purchase_order: await refetchPurchaseOrder(req, req.params.id) })
  }
}
