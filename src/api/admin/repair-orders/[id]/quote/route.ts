import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendRepairQuoteWorkflow } from "../../../../../workflows/repair/workflows/repair-quote"
import { auditContextFrom } from "../../../../utils/audit-context"
import { AdminSendRepairQuoteType } from "./validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/**
 * Sends the customer a quote (amount defaults to the customer amount of the current costs):
 * the repair moves to quote_pending and the customer is e-mailed.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSendRepairQuoteType>,
  res: MedusaResponse
) => {
  await sendRepairQuoteWorkflow(req.scope)
    .run({ input: { repair_order_id: req.params.id, ...req.validatedBody, audit: auditContextFrom(req) } })
    .catch(rethrowVersionConflict)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [repairOrder],
  } = await query.graph({ entity: "repair_order", fields: req.queryConfig.fields, filters: { id: req.params.id } })
  res.json({ repair_order: repairOrder })
}
