import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import WarrantyModule from "../modules/warranty"

/** Read-only: `warranty_registration.customer_id` points at the host's customer (no link table). */
export default defineLink(
  { linkable: WarrantyModule.linkable.warrantyRegistration, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
