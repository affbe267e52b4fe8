import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addTechnicianCertificationWorkflow } from "../../../../../workflows/repair/workflows/technicians"
import { auditContextFrom } from "../../../../utils/audit-context"
import { assertTechnicianId, refetchTechnician } from "../../helpers"
import { AdminAddTechnicianCertificationType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddTechnicianCertificationType>,
  res: MedusaResponse
) => {
  assertTechnicianId(req.params.id)
  await addTechnicianCertificationWorkflow(req.scope).run({
    input: {
      technician_id: req.params.id,
      certification: req.validatedBody,
      audit: auditContextFrom(req),
    },
  })
  res.status(201).json({ technician: await refetchTechnician(req, req.params.id) })
}
