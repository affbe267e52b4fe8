import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { transitionServiceTicketWorkflow } from "../../../../../workflows/helpdesk/workflows/transition-service-ticket"
import { auditContextFrom } from "../../../../utils/audit-context"
import { assertOwnTicket, retrieveStoreServiceTicket } from "../../helpers"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/** Reopens a resolved or closed ticket within the module's reopenWindowDays (14 by default). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOwnTicket(req, req.params.id)
  await transitionServiceTicketWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action: "reopen",
      enforce_reopen_window: true,
      audit: auditContextFrom(req),
    },
  }).catch(rethrowVersionConflict)
  res.json({ service_ticket: await retrieveStoreServiceTicket(req, req.params.id) })
}
