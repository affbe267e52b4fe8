import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { savePartSupplierOffersWorkflow } from "../../../../../workflows/spare-parts/workflows/part-supplier-offers"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchPartSupplier } from "../../helpers"
import { AdminCreatePartSupplierType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await query.graph(
    { entity: "spare_part", fields: ["id"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  const { data: part_suppliers } = await query.graph({
    entity: "part_supplier",
    fields: req.queryConfig.fields,
    filters: { part_id: req.params.id },
  })
  res.json({ part_suppliers, count: part_suppliers.length, offset: 0, limit: part_suppliers.length })
}

/** Adds a supplier's offer for the part (or updates the offer that supplier already has). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePartSupplierType>,
  res: MedusaResponse
) => {
  const { result } = await savePartSupplierOffersWorkflow(req.scope).run({
    input: { offers: [{ ...req.validatedBody, part_id: req.params.id }], audit: auditContextFrom(req) },
  })
  res.status(201).json({ part_supplier: await refetchPartSupplier(req, result[0].id) })
}
