import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addTicketMessageWorkflow } from "../../../../../workflows/helpdesk/workflows/add-ticket-message"
import { auditContextFrom } from "../../../../utils/audit-context"
import { assertOwnTicket, retrieveStoreServiceTicket } from "../../helpers"
import { StoreAddTicketMessageType } from "../../validators"

/** The customer's reply: always public and inbound. Answers with the updated ticket. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreAddTicketMessageType>,
  res: MedusaResponse
) => {
  await assertOwnTicket(req, req.params.id)
  await addTicketMessageWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      author: { type: "customer", id: req.auth_context.actor_id },
      message: {
        body: req.validatedBody.body,
        attachments: req.validatedBody.attachments,
        visibility: "public",
      },
      audit: auditContextFrom(req),
    },
  })
  res.status(201).json({ service_ticket: await retrieveStoreServiceTicket(req, req.params.id) })
}
