import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignRepairOrderWorkflow } from "../../../../../workflows/repair/workflows/assign-repair-order"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchRepairOrder } from "../../helpers"
import { AdminAssignRepairOrderType } from "../../validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/** Gives the repair to a technician (null unassigns), with planned start and end. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAssignRepairOrderType>,
  res: MedusaResponse
) => {
  const { version, ...body } = req.validatedBody
  await assignRepairOrderWorkflow(req.scope)
    .run({
      input: { id: req.params.id, ...body, expected_version: version, audit: auditContextFrom(req) },
    })
    .catch(rethrowVersionConflict)
  res.json({ repair_order: await refetchRepairOrder(req, req.params.id) })
}
