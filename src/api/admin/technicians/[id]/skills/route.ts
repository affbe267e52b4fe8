import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { setTechnicianSkillsWorkflow } from "../../../../../workflows/repair/workflows/technicians"
import { auditContextFrom } from "../../../../utils/audit-context"
import { assertTechnicianId, refetchTechnician } from "../../helpers"
import { AdminSetTechnicianSkillsType } from "../../validators"

/** Replaces the skill set: `{ skills: [{ product_category_id, level 1-5 }] }`. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetTechnicianSkillsType>,
  res: MedusaResponse
) => {
  assertTechnicianId(req.params.id)
  await setTechnicianSkillsWorkflow(req.scope).run({
    input: {
      technician_id: req.params.id,
      skills: req.validatedBody.skills,
      audit: auditContextFrom(req),
    },
  })
  res.json({ technician: await refetchTechnician(req, req.params.id) })
}
