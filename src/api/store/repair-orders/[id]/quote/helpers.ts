import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeRepairQuoteFields } from "./query-config"

export async function respondWithStoreRepairQuote(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [repairOrder],
  } = await query.graph({
    entity: "repair_order",
    fields: storeRepairQuoteFields,
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ repair_order: repairOrder })
}
