import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { removeTechnicianCertificationWorkflow } from "../../../../../../workflows/repair/workflows/technicians"
import { auditContextFrom } from "../../../../../utils/audit-context"
import { assertTechnicianId, refetchTechnician } from "../../../helpers"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  assertTechnicianId(req.params.id)
  await removeTechnicianCertificationWorkflow(req.scope).run({
    input: {
      technician_id: req.params.id,
      certification_id: req.params.certification_id,
      audit: auditContextFrom(req),
    },
  })
  res.json({ technician: await refetchTechnician(req, req.params.id) })
}
