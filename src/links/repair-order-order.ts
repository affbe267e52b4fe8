import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import RepairModule from "../modules/repair"

/** Read-only: `repair_order.order_id` points at the host's order (no link table). */
export default defineLink(
  { linkable: RepairModule.linkable.repairOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
