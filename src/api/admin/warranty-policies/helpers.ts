import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export async function refetchWarrantyPolicy(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [policy],
  } = await query.graph(
    { entity: "warranty_policy", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return policy
}
