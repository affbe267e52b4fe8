import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { transitionServiceTicketWorkflow } from "../../../../../workflows/helpdesk/workflows/transition-service-ticket"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchServiceTicket } from "../../helpers"
import { AdminTransitionServiceTicketType } from "../../validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

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
  }).catch(rethrowVersionConflict)
  res.json({ service_ticket: await refetchServiceTicket(req, req.params.id) })
}
