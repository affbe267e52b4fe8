import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { convertPurchaseRequisitionsWorkflow } from "../../../../workflows/spare-parts/workflows/purchase-requisitions"
import { auditContextFrom } from "../../../utils/audit-context"
import { AdminConvertPurchaseRequisitionsType } from "../validators"

/** Converts approved requisitions into draft purchase orders, one per supplier. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminConvertPurchaseRequisitionsType>,
  res: MedusaResponse
) => {
  const { result } = await convertPurchaseRequisitionsWorkflow(req.scope).run({
    input: { requisition_ids: req.validatedBody.requisition_ids, audit: auditContextFrom(req) },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: purchase_orders } = await query.graph({
    entity: "purchase_orders",
    fields: ["*", "lines.*"],
    filters: { id: result.map((order) => order.id) },
  })
  res.status(201).json({ purchase_orders })
}
