import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deletePartSupplierOfferWorkflow,
  savePartSupplierOffersWorkflow,
} from "../../../../../../workflows/spare-parts/workflows/part-supplier-offers"
import { auditContextFrom } from "../../../../../utils/audit-context"
import { AdminUpdatePartSupplierType } from "../../../validators"
import { refetchPartSupplier } from "../../../helpers"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePartSupplierType>,
  res: MedusaResponse
) => {
  await savePartSupplierOffersWorkflow(req.scope).run({
    input: {
      offers: [{ ...req.validatedBody, id: req.params.offer_id, part_id: req.params.id }],
      audit: auditContextFrom(req),
    },
  })
  res.json({ part_supplier: await refetchPartSupplier(req, req.params.offer_id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deletePartSupplierOfferWorkflow(req.scope).run({
    input: { part_id: req.params.id, id: req.params.offer_id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.offer_id, object: "part_supplier", deleted: true })
}
