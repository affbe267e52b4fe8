import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { recordTechnicianAssessmentWorkflow } from "../../../../../workflows/repair/workflows/technicians"
import { auditContextFrom } from "../../../../utils/audit-context"
import { assertTechnicianId, refetchTechnician } from "../../helpers"
import { AdminRecordTechnicianAssessmentType } from "../../validators"

/** Records a skill assessment by the acting user; `level_awarded` sets the category's skill level. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordTechnicianAssessmentType>,
  res: MedusaResponse
) => {
  assertTechnicianId(req.params.id)
  const { result } = await recordTechnicianAssessmentWorkflow(req.scope).run({
    input: { technician_id: req.params.id, assessment: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({
    assessment: result.assessment,
    technician: await refetchTechnician(req, req.params.id),
  })
}
