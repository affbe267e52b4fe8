import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateServiceTicketWorkflow } from "../../../../workflows/helpdesk/workflows/update-service-ticket"
import { auditContextFrom } from "../../../utils/audit-context"
import { rethrowTicketConflict } from "../../../utils/ticket-conflict"
import { refetchServiceTicket } from "../helpers"
import { AdminUpdateServiceTicketType } from "../validators"

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
  }).catch(rethrowTicketConflict)
  res.json({ service_ticket: await refetchServiceTicket(req, req.params.id) })
}
