import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { recordTechnicianReviewWorkflow } from "../../../../../workflows/repair/workflows/technicians"
import { auditContextFrom } from "../../../../utils/audit-context"
import { assertTechnicianId, refetchTechnician } from "../../helpers"
import { AdminRecordTechnicianReviewType } from "../../validators"

/** Records a performance review by the acting user with a snapshot of the period's live figures. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordTechnicianReviewType>,
  res: MedusaResponse
) => {
  assertTechnicianId(req.params.id)
  const { result } = await recordTechnicianReviewWorkflow(req.scope).run({
    input: { technician_id: req.params.id, review: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({
    review: result,
    technician: await refetchTechnician(req, req.params.id),
  })
}
