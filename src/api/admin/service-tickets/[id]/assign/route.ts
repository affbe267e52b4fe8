import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { assignServiceTicketWorkflow } from "../../../../../workflows/helpdesk/workflows/assign-service-ticket"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchServiceTicket } from "../../helpers"
import { AdminAssignServiceTicketType } from "../../validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAssignServiceTicketType>,
  res: MedusaResponse
) => {
  await assignServiceTicketWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      assignee_id: req.validatedBody.assignee_id,
      expected_version: req.validatedBody.expected_version,
      audit: auditContextFrom(req),
    },
  }).catch(rethrowVersionConflict)
  res.json({ service_ticket: await refetchServiceTicket(req, req.params.id) })
}
