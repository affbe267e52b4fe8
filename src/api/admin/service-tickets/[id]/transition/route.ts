import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { transitionServiceTicketWorkflow } from "../../../../../workflows/helpdesk/workflows/transition-service-ticket"
import { auditContextFrom } from "../../../../utils/audit-context"
import { rethrowTicketConflict } from "../../../../utils/ticket-conflict"
import { refetchServiceTicket } from "../../helpers"
import { AdminTransitionServiceTicketType } from "../../validators"

/** Moves the ticket along its pipeline; `expected_version` guards against concurrent changes (409). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminTransitionServiceTicketType>,
  res: MedusaResponse
) => {
  await transitionServiceTicketWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      to: req.validatedBody.to,
      expected_version: req.validatedBody.expected_version,
      audit: auditContextFrom(req),
    },
  }).catch(rethrowTicketConflict)
  res.json({ service_ticket: await refetchServiceTicket(req, req.params.id) })
}
