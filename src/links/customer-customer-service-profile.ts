import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import HelpdeskModule from "../modules/helpdesk"

/** Read-only inverse: a host customer's service profile (`customer.customer_service_profile`). */
export default defineLink(
  { linkable: CustomerModule.linkable.customer, field: "id" },
  { ...HelpdeskModule.linkable.customerServiceProfile.id, primaryKey: "customer_id" },
  { readOnly: true }
)
