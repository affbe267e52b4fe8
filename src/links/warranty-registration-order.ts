import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import WarrantyModule from "../modules/warranty"

/** Read-only: `warranty_registration.order_id` points at the host's order (no link table). */
export default defineLink(
  { linkable: WarrantyModule.linkable.warrantyRegistration, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
