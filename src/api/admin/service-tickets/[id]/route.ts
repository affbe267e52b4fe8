import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateServiceTicketWorkflow } from "../../../../workflows/helpdesk/workflows/update-service-ticket"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchServiceTicket } from "../helpers"
import { AdminUpdateServiceTicketType } from "../validators"
import { rethrowVersionConflict } from "../../../utils/version-conflict"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ service_ticket: await refetchServiceTicket(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateServiceTicketType>,
  res: MedusaResponse
) => {
  const { expected_version, ...update } = req.validatedBody
  await updateServiceTicketWorkflow(req.scope).run({
    input: { id: req.params.id, expected_version, update, audit: auditContextFrom(req) },
  }).catch(rethrowVersionConflict)
  res.json({ service_ticket: await refetchServiceTicket(req, req.params.id) })
}
