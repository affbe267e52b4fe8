import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export async function refetchCustomerTier(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [tier],
  } = await query.graph(
    { entity: "customer_tier", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return tier
}
