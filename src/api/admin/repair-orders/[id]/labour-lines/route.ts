import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addRepairLabourLineWorkflow } from "../../../../../workflows/repair/workflows/repair-labour-lines"
import { auditContextFrom } from "../../../../utils/audit-context"
import { repairCostView } from "../costs/helpers"
import { AdminAddRepairLabourLineType } from "./validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/**
 * Books labour: hourly_cost defaults to the technician's hourly rate, hourly_price to the
 * labour price (repair module option labourHourlyPrice), covered to the warranty snapshot.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddRepairLabourLineType>,
  res: MedusaResponse
) => {
  const { result } = await addRepairLabourLineWorkflow(req.scope)
    .run({ input: { repair_order_id: req.params.id, ...req.validatedBody, audit: auditContextFrom(req) } })
    .catch(rethrowVersionConflict)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [line],
  } = await query.graph({ entity: "repair_labour_line", fields: req.queryConfig.fields, filters: { id: result.id } })
  const { costs } = await repairCostView(req.scope, req.params.id)
  res.status(201).json({ labour_line: line, costs })
}
