import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { returnRepairPartLineWorkflow } from "../../../../../../../workflows/repair/workflows/repair-part-lines"
import { auditContextFrom } from "../../../../../../utils/audit-context"
import { respondWithPartLine } from "../../helpers"
import { AdminReturnRepairPartLineType } from "../../validators"
import { rethrowVersionConflict } from "../../../../../../utils/version-conflict"

/** Puts unused issued units back into host stock (ledger row return_to_stock). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReturnRepairPartLineType>,
  res: MedusaResponse
) => {
  await returnRepairPartLineWorkflow(req.scope)
    .run({
      input: {
        repair_order_id: req.params.id,
        line_id: req.params.line_id,
        quantity: req.validatedBody.quantity,
        version: req.validatedBody.version,
        audit: auditContextFrom(req),
      },
    })
    .catch(rethrowVersionConflict)
  await respondWithPartLine(req, res, req.params.line_id)
}
