import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRepairReplacementWorkflow } from "../../../../../workflows/repair/workflows/repair-replacement"
import { auditContextFrom } from "../../../../utils/audit-context"
import { AdminCreateRepairReplacementType } from "./validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/** Replaces the unit through a host claim (type replace) on the repair's order line. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateRepairReplacementType>,
  res: MedusaResponse
) => {
  await createRepairReplacementWorkflow(req.scope)
    .run({ input: { repair_order_id: req.params.id, ...req.validatedBody, audit: auditContextFrom(req) } })
    .catch(rethrowVersionConflict)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [repairOrder],
  } = await query.graph({ entity: "repair_order", fields: req.queryConfig.fields, filters: { id: req.params.id } })
  res.json({ repair_order: repairOrder })
}
