import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateRepairOrderWorkflow } from "../../../../workflows/repair/workflows/update-repair-order"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchRepairOrder } from "../helpers"
import { AdminUpdateRepairOrderType } from "../validators"
import { rethrowVersionConflict } from "../../../utils/version-conflict"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ repair_order: await refetchRepairOrder(req, req.params.id) })
}

/** Edits intake and diagnosis; `version` guards against concurrent changes (409). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateRepairOrderType>,
  res: MedusaResponse
) => {
  const { version, ...update } = req.validatedBody
  await updateRepairOrderWorkflow(req.scope)
    .run({
      input: { id: req.params.id, expected_version: version, update, audit: auditContextFrom(req) },
    })
    .catch(rethrowVersionConflict)
  res.json({ repair_order: await refetchRepairOrder(req, req.params.id) })
}
