import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRepairOrderFromTicketWorkflow } from "../../../../../workflows/repair/workflows/create-repair-order-from-ticket"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchRepairOrder } from "../../../repair-orders/helpers"
import { AdminCreateRepairOrderFromTicketType } from "../../../repair-orders/validators"

/**
 * Opens a repair order from a service ticket: customer, order, order line (when the ticket
 * names one), product and description come from the ticket; the ticket then points at the
 * repair (related_entity_type `repair_order`).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateRepairOrderFromTicketType>,
  res: MedusaResponse
) => {
  const { result } = await createRepairOrderFromTicketWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, overrides: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ repair_order: await refetchRepairOrder(req, result.id) })
}
