import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import HelpdeskModule from "../modules/helpdesk"

/** Read-only: `service_ticket.order_id` points at the host's order (no link table). */
export default defineLink(
  { linkable: HelpdeskModule.linkable.serviceTicket, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
