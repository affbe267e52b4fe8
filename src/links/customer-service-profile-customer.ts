import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import HelpdeskModule from "../modules/helpdesk"

/** Read-only: `customer_service_profile.customer_id` points at the host's customer. */
export default defineLink(
  { linkable: HelpdeskModule.linkable.customerServiceProfile, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
