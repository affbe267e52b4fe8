import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { transitionServiceTicketWorkflow } from "../../../../../workflows/helpdesk/workflows/transition-service-ticket"
import { auditContextFrom } from "../../../../utils/audit-context"
import { assertOwnTicket, retrieveStoreServiceTicket } from "../../helpers"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/** Closes a resolved ticket, or withdraws (cancels) one that was not resolved yet. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOwnTicket(req, req.params.id)
  await transitionServiceTicketWorkflow(req.scope).run({
    input: { id: req.params.id, action: "close", audit: auditContextFrom(req) },
  }).catch(rethrowVersionConflict)
  res.json({ service_ticket: await retrieveStoreServiceTicket(req, req.params.id) })
}
