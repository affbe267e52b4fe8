import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordQualityCheckWorkflow } from "../../../../../workflows/repair/workflows/record-quality-check"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchRepairOrder } from "../../helpers"
import { AdminRepairQualityCheckType } from "../../validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/**
 * Records the quality check by a second person (not the assigned technician, not anyone
 * who logged work: 403). Passed: completed with the outcome; failed: back to in_repair.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRepairQualityCheckType>,
  res: MedusaResponse
) => {
  const { version, ...body } = req.validatedBody
  await recordQualityCheckWorkflow(req.scope)
    .run({
      input: {
        repair_order_id: req.params.id,
        ...body,
        expected_version: version,
        audit: auditContextFrom(req),
      },
    })
    .catch(rethrowVersionConflict)
  res.json({ repair_order: await refetchRepairOrder(req, req.params.id) })
}
