import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The profile of a host customer (404 when the customer has none yet). */
export async function refetchCustomerServiceProfile(
  req: AuthenticatedMedusaRequest,
  customerId: string
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [profile],
  } = await query.graph({
    entity: "customer_service_profile",
    fields: req.queryConfig.fields,
    filters: { customer_id: customerId },
  })
  if (!profile) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer ${customerId} has no service profile yet (it is computed on the customer's next order, by the nightly job, or with "recompute").`
    )
  }
  return profile
}
