import { model } from "@medusajs/framework/utils"
import SparePart from "./spare-part"

export const REORDER_METHODS = ["reorder_point", "min_max", "order_up_to"] as const
export type ReorderMethod = (typeof REORDER_METHODS)[number]

export const REORDER_POLICY_SOURCES = ["manual", "forecast"] as const

/**
 * When and how much to reorder one part at one host stock location. The rules between the
 * numbers (safety stock <= reorder point <= max, ...) live in src/lib/spare-parts/reorder-policy.ts.
 * `source` says who set the numbers last; with `follow_forecast` the forecasting job may
 * overwrite them, otherwise it only stores a suggestion.
 */
const ReorderPolicy = model
  .define("reorder_policy", {
    id: model.id({ prefix: "rpol" }).primaryKey(),
    location_id: model.text(),
    method: model.enum([...REORDER_METHODS]).default("reorder_point"),
    reorder_point: model.number().default(0),
    safety_stock: model.number().default(0),
    min_quantity: model.number().nullable(),
    /** The order-up-to level (min_max and order_up_to). */
    max_quantity: model.number().nullable(),
    source: model.enum([...REORDER_POLICY_SOURCES]).default("manual"),
    follow_forecast: model.boolean().default(false),
    metadata: model.json().nullable(),
    part: model.belongsTo(() => SparePart, { mappedBy: "reorder_policies" }),
  })
  .indexes([
    { on: ["part_id", "location_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["location_id"] },
  ])

export default ReorderPolicy
