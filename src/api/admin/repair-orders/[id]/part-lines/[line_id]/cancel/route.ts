import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelRepairPartLineWorkflow } from "../../../../../../../workflows/repair/workflows/repair-part-lines"
import { auditContextFrom } from "../../../../../../utils/audit-context"
import { respondWithPartLine } from "../../helpers"
import { AdminRepairPartLineActionType } from "../../validators"
import { rethrowVersionConflict } from "../../../../../../utils/version-conflict"

/** Drops a planned or reserved line; its reservation is released. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRepairPartLineActionType>,
  res: MedusaResponse
) => {
  await cancelRepairPartLineWorkflow(req.scope)
    .run({
      input: {
        repair_order_id: req.params.id,
        line_id: req.params.line_id,
        version: req.validatedBody?.version,
        audit: auditContextFrom(req),
      },
    })
    .catch(rethrowVersionConflict)
  await respondWithPartLine(req, res, req.params.line_id)
}
