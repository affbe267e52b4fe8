import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateWarrantyRegistrationWorkflow } from "../../../../workflows/warranty/workflows/manual-registrations"
import { resolveWarrantyEntitlement } from "../../../../workflows/warranty/resolve-warranty-entitlement"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchWarranty } from "../helpers"
import { AdminUpdateWarrantyType } from "../validators"

/** One registration with its entitlement now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const warranty = await refetchWarranty(req, req.params.id)
  const entitlement = await resolveWarrantyEntitlement(req.scope, { registration_id: warranty.id })
  res.json({ warranty: { ...warranty, entitlement } })
}

/** Changes the serial number (unique among live registrations) or the owner details. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateWarrantyType>, res: MedusaResponse) => {
  await refetchWarranty(req, req.params.id)
  await updateWarrantyRegistrationWorkflow(req.scope).run({
    input: { registration: { ...req.validatedBody, id: req.params.id }, audit: auditContextFrom(req) },
  })
  res.json({ warranty: await refetchWarranty(req, req.params.id) })
}
