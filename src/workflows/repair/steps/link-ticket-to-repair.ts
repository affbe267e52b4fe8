import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type LinkTicketToRepairInput = { ticket_id: string | null; repair_order_id: string }

/**
 * Points a service ticket at the repair opened from it (related_entity_type/id), so both
 * link to each other. The compensation restores the ticket's previous relation.
 */
export const linkTicketToRepairStep = createStep(
  "link-ticket-to-repair",
  async (input: LinkTicketToRepairInput, { container }) => {
    if (!input.ticket_id) {
      return new StepResponse(null, null)
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.retrieveServiceTicket(input.ticket_id)
    await helpdesk.updateTicketIfVersion(input.ticket_id, null, {
      related_entity_type: "repair_order",
      related_entity_id: input.repair_order_id,
    } as any)
    return new StepResponse(null, {
      id: before.id,
      related_entity_type: before.related_entity_type ?? null,
      related_entity_id: before.related_entity_id ?? null,
    })
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateTicketIfVersion(restore.id, null, {
      related_entity_type: restore.related_entity_type,
      related_entity_id: restore.related_entity_id,
    } as any)
  }
)
