import { model } from "@medusajs/framework/utils"

/**
 * The one row of settings for customer classification (created with its defaults on first
 * read): after how many days without an order a customer counts as dormant, and whether
 * tiers are mirrored into host customer groups.
 */
const CustomerClassificationSetting = model.define("customer_classification_setting", {
  id: model.id({ prefix: "cusclset" }).primaryKey(),
  dormant_after_days: model.number().default(365),
  mirror_customer_groups: model.boolean().default(false),
})

export default CustomerClassificationSetting
