import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPartsQuoteWorkflow } from "../../../../workflows/spare-parts/workflows/create-parts-quote"
import { auditContextFrom } from "../../../utils/audit-context"
import { AdminCreatePartsQuoteType } from "../parts-demand-validators"

/**
 * Creates a parts quote: a host draft order of the parts' variants for the customer. The
 * answer carries the draft order; staff finish it under /app/draft-orders/:id.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePartsQuoteType>, res: MedusaResponse) => {
  const { result } = await createPartsQuoteWorkflow(req.scope).run({
    input: { ...req.validatedBody, audit: auditContextFrom(req) },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [draftOrder],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "is_draft_order", "customer_id", "email", "currency_code", "total", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.title"],
    filters: { id: result.id },
  })
  res.status(201).json({ draft_order: draftOrder })
}
