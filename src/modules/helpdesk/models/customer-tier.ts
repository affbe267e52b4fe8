import { model } from "@medusajs/framework/utils"

/**
 * A value tier with its thresholds (src/lib/helpdesk/customer-classification): a customer
 * reaches a tier when both minimums are met; of the tiers reached, the highest `rank` wins.
 * `min_total_spent` is in the store's default currency. `customer_group_id` is the host
 * customer group the tier is mirrored into (created on demand when mirroring is on).
 */
const CustomerTier = model
  .define("customer_tier", {
    id: model.id({ prefix: "custier" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    min_total_spent: model.bigNumber().default(0),
    min_order_count: model.number().default(0),
    rank: model.number(),
    customer_group_id: model.text().nullable(),
    is_active: model.boolean().default(true),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["rank"], unique: true, where: "deleted_at IS NULL" },
  ])

export default CustomerTier
