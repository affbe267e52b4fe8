import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateSupplierWorkflow } from "../../../../workflows/spare-parts/workflows/suppliers"
import { auditContextFrom } from "../../../utils/audit-context"
import { loadSupplierPerformance, refetchSupplier } from "../helpers"
import { AdminUpdateSupplierType } from "../validators"

async function supplierWithPerformance(req: AuthenticatedMedusaRequest, id: string) {
  const supplier = await refetchSupplier(req, id)
  const performance = await loadSupplierPerformance(req.scope, [id])
  return { ...supplier, performance: performance.get(id) }
}

/** The supplier with the parts it offers and its performance figures. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ supplier: await supplierWithPerformance(req, req.params.id) })
}

/** Updates a supplier; `{ is_active: false }` deactivates it (nothing can be ordered from it). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSupplierType>,
  res: MedusaResponse
) => {
  await updateSupplierWorkflow(req.scope).run({
    input: { supplier: { id: req.params.id, ...req.validatedBody }, audit: auditContextFrom(req) },
  })
  res.json({ supplier: await supplierWithPerformance(req, req.params.id) })
}
