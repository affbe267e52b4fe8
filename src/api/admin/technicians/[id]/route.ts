import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateTechnicianWorkflow } from "../../../../workflows/repair/workflows/technicians"
import { auditContextFrom } from "../../../utils/audit-context"
import { assertTechnicianId, refetchTechnician } from "../helpers"
import { AdminUpdateTechnicianType } from "../validators"

/** The technician with skills, certifications, assessments, reviews, open jobs and live figures. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ technician: await refetchTechnician(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateTechnicianType>,
  res: MedusaResponse
) => {
  assertTechnicianId(req.params.id)
  await updateTechnicianWorkflow(req.scope).run({
    input: {
      technician: { id: req.params.id, ...(req.validatedBody as any) },
      audit: auditContextFrom(req),
    },
  })
  res.json({ technician: await refetchTechnician(req, req.params.id) })
}

/** Technicians are never deleted (their repairs keep pointing at them): DELETE deactivates. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  assertTechnicianId(req.params.id)
  await updateTechnicianWorkflow(req.scope).run({
    input: { technician: { id: req.params.id, is_active: false }, audit: auditContextFrom(req) },
  })
  res.json({ technician: await refetchTechnician(req, req.params.id) })
}
