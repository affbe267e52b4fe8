import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import HelpdeskModule from "../modules/helpdesk"

/** Read-only: `service_ticket.customer_id` points at the host's customer (no link table). */
export default defineLink(
  { linkable: HelpdeskModule.linkable.serviceTicket, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
