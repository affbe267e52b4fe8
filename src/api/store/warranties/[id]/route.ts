import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { resolveWarrantyEntitlement } from "../../../../workflows/warranty/resolve-warranty-entitlement"

/** One of the customer's own warranty units with its coverage; 404 for anyone else's. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [warranty],
  } = await query.graph({
    entity: "warranty_registration",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  if (!warranty) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty ${req.params.id} was not found.`)
  }
  const entitlement = await resolveWarrantyEntitlement(req.scope, { registration_id: warranty.id })
  res.json({ warranty: { ...warranty, entitlement } })
}
