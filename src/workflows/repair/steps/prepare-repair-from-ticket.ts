import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { RepairOrderIntake } from "./prepare-repair-order"

export type RepairFromTicketInput = {
  ticket_id: string
  overrides: Partial<Omit<RepairOrderIntake, "source" | "service_ticket_id">>
}

/**
 * The repair request a service ticket describes: its customer, order, (single) order line,
 * product and description, with the admin's overrides. A ticket already linked to a repair
 * order cannot open another one.
 */
export const prepareRepairFromTicketStep = createStep(
  "prepare-repair-from-ticket",
  async (input: RepairFromTicketInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ticket = await helpdesk.retrieveServiceTicket(input.ticket_id)
    if (ticket.related_entity_type === "repair_order" && ticket.related_entity_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Ticket ${ticket.number} already has a repair order (${ticket.related_entity_id}).`
      )
    }
    const lineItems = (ticket.line_item_ids ?? []) as string[]
    const intake: RepairOrderIntake = {
      customer_id: ticket.customer_id ?? null,
      order_id: ticket.order_id ?? null,
      line_item_id: lineItems.length === 1 ? lineItems[0] : null,
      product_id: ticket.product_id ?? null,
      variant_id: ticket.variant_id ?? null,
      ...Object.fromEntries(
        Object.entries(input.overrides).filter(([, value]) => value !== undefined)
      ),
      fault_description:
        input.overrides.fault_description ??
        ([ticket.subject, ticket.description].filter(Boolean).join("\n\n") || ticket.subject),
      source: "ticket",
      service_ticket_id: ticket.id,
    }
    return new StepResponse(intake)
  }
)
