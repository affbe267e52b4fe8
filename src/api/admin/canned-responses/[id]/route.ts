import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteCannedResponseWorkflow,
  updateCannedResponseWorkflow,
} from "../../../../workflows/helpdesk/workflows/canned-responses"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchCannedResponse } from "../helpers"
import { AdminUpdateCannedResponseType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ canned_response: await refetchCannedResponse(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCannedResponseType>,
  res: MedusaResponse
) => {
  await updateCannedResponseWorkflow(req.scope).run({
    input: {
      canned_response: { id: req.params.id, ...req.validatedBody },
      audit: auditContextFrom(req),
    },
  })
  res.json({ canned_response: await refetchCannedResponse(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCannedResponseWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.id, object: "canned_response", deleted: true })
}
