import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { voidWarrantyRegistrationsWorkflow } from "../../../../../workflows/warranty/workflows/order-registrations"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchWarranty } from "../../helpers"
import { AdminVoidWarrantyType } from "../../validators"

/** Voids a registration (and its extensions) by staff, with a reason. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminVoidWarrantyType>, res: MedusaResponse) => {
  await refetchWarranty(req, req.params.id)
  await voidWarrantyRegistrationsWorkflow(req.scope).run({
    input: {
      registration_ids: [req.params.id],
      reason: "manual",
      note: req.validatedBody.reason,
      audit: auditContextFrom(req),
    },
  })
  res.json({ warranty: await refetchWarranty(req, req.params.id) })
}
