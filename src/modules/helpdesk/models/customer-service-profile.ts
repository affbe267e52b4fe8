import { model } from "@medusajs/framework/utils"
import { LIFECYCLE_STAGE_VALUES } from "../../../lib/helpdesk/customer-classification"

/**
 * The service view of one host customer (`customer_id`; read-only links in src/links resolve
 * customer <-> profile). Derived from the host's orders by the recompute workflow, never
 * edited by hand: lifecycle stage, value tier (a `customer_tier` code) and the order figures
 * they were computed from. `total_spent` counts orders in `currency_code` only.
 */
const CustomerServiceProfile = model
  .define("customer_service_profile", {
    id: model.id({ prefix: "cusprof" }).primaryKey(),
    customer_id: model.text(),
    lifecycle_stage: model.enum([...LIFECYCLE_STAGE_VALUES]).default("potential"),
    value_tier: model.text().nullable(),
    order_count: model.number().default(0),
    total_spent: model.bigNumber().default(0),
    currency_code: model.text().nullable(),
    first_order_at: model.dateTime().nullable(),
    last_order_at: model.dateTime().nullable(),
    computed_at: model.dateTime(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["lifecycle_stage"] },
    { on: ["value_tier"] },
  ])

export default CustomerServiceProfile
