import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addRepairPartLineWorkflow } from "../../../../../workflows/repair/workflows/repair-part-lines"
import { auditContextFrom } from "../../../../utils/audit-context"
import { respondWithPartLine } from "./helpers"
import { AdminAddRepairPartLineType } from "./validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/** Plans a spare part for the repair (status planned; stock moves on reserve/issue). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddRepairPartLineType>,
  res: MedusaResponse
) => {
  const { result } = await addRepairPartLineWorkflow(req.scope)
    .run({
      input: { repair_order_id: req.params.id, ...req.validatedBody, audit: auditContextFrom(req) },
    })
    .catch(rethrowVersionConflict)
  await respondWithPartLine(req, res, result.id, 201)
}
