import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteFaultCodeWorkflow,
  updateFaultCodeWorkflow,
} from "../../../../workflows/repair/workflows/fault-codes"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchFaultCode } from "../helpers"
import { AdminUpdateFaultCodeType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ fault_code: await refetchFaultCode(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateFaultCodeType>,
  res: MedusaResponse
) => {
  await updateFaultCodeWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.json({ fault_code: await refetchFaultCode(req, req.params.id) })
}

/** Removes the code from the catalogue; repair records keep the codes they were diagnosed with. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteFaultCodeWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.id, object: "fault_code", deleted: true })
}
