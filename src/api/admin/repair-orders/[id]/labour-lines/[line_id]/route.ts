import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeRepairLabourLineWorkflow } from "../../../../../../workflows/repair/workflows/repair-labour-lines"
import { auditContextFrom } from "../../../../../utils/audit-context"
import { repairCostView } from "../../costs/helpers"
import { rethrowVersionConflict } from "../../../../../utils/version-conflict"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeRepairLabourLineWorkflow(req.scope)
    .run({
      input: { repair_order_id: req.params.id, line_id: req.params.line_id, audit: auditContextFrom(req) },
    })
    .catch(rethrowVersionConflict)
  const { costs } = await repairCostView(req.scope, req.params.id)
  res.json({ id: req.params.line_id, object: "repair_labour_line", deleted: true, costs })
}
