import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { reopenDeadline } from "../../../lib/helpdesk/ticket-lifecycle"
import type { StageCategory } from "../../../lib/process/types"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"
import { storeServiceTicketFields, storeTicketMessageFields } from "./query-config"

/**
 * The logged-in customer's ticket, or a 404 - also when the ticket exists but belongs to
 * someone else, so ticket ids of other customers cannot be probed.
 */
export async function assertOwnTicket(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [ticket],
  } = await query.graph({
    entity: "service_tickets",
    fields: storeServiceTicketFields,
    filters: { id, customer_id: req.auth_context.actor_id },
  })
  if (!ticket) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Service ticket with id: ${id} was not found`
    )
  }
  return ticket
}

/** The customer's view of a ticket: public messages, oldest first, and the reopen deadline. */
export async function retrieveStoreServiceTicket(req: AuthenticatedMedusaRequest, id: string) {
  const ticket: any = await assertOwnTicket(req, id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: messages } = await query.graph({
    entity: "ticket_messages",
    fields: storeTicketMessageFields,
    filters: { ticket_id: id, visibility: "public" },
    pagination: { order: { created_at: "ASC" }, take: 1000, skip: 0 },
  })
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const deadline = reopenDeadline(
    {
      stage_category: ticket.stage_category as StageCategory,
      resolved_at: ticket.resolved_at,
      closed_at: ticket.closed_at,
    },
    helpdesk.getReopenWindowDays()
  )
  return { ...ticket, reopenable_until: deadline, messages }
}
