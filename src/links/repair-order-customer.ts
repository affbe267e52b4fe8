import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import RepairModule from "../modules/repair"

/** Read-only: `repair_order.customer_id` points at the host's customer (no link table). */
export default defineLink(
  { linkable: RepairModule.linkable.repairOrder, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
