import { model } from "@medusajs/framework/utils"

/** The single row of warranty settings (id `wset_default`). */
const WarrantySetting = model.define("warranty_setting", {
  id: model.id({ prefix: "wset" }).primaryKey(),
  /** `warranty.expiring` and the customer reminder go out this many days before the end. */
  expiry_reminder_days: model.number().default(30),
  /** Whether customers get an e-mail when a warranty is about to expire. */
  notify_customers: model.boolean().default(true),
})

export default WarrantySetting
