import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteSlaPolicyWorkflow,
  updateSlaPolicyWorkflow,
} from "../../../../workflows/helpdesk/workflows/sla-configuration"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchSlaPolicy } from "../helpers"
import { AdminUpdateSlaPolicyType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ sla_policy: await refetchSlaPolicy(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSlaPolicyType>,
  res: MedusaResponse
) => {
  await updateSlaPolicyWorkflow(req.scope).run({
    input: { sla_policy: { id: req.params.id, ...req.validatedBody }, audit: auditContextFrom(req) },
  })
  res.json({ sla_policy: await refetchSlaPolicy(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteSlaPolicyWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.id, object: "sla_policy", deleted: true })
}
