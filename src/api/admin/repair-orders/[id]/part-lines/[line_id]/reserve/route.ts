import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reserveRepairPartLineWorkflow } from "../../../../../../../workflows/repair/workflows/repair-part-lines"
import { auditContextFrom } from "../../../../../../utils/audit-context"
import { respondWithPartLine } from "../../helpers"
import { AdminRepairPartLineActionType } from "../../validators"
import { rethrowVersionConflict } from "../../../../../../utils/version-conflict"

/** Sets the line's units aside with a host reservation (planned -> reserved). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRepairPartLineActionType>,
  res: MedusaResponse
) => {
  await reserveRepairPartLineWorkflow(req.scope)
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
