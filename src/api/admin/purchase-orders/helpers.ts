import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export async function refetchPurchaseOrder(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph(
    { entity: "purchase_orders", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return order
}
