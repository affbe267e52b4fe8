import { model } from "@medusajs/framework/utils"
import StocktakeLine from "./stocktake-line"

export const STOCKTAKE_STATUSES = [
  "open",
  "counting",
  "submitted",
  "approved",
  "posted",
  "canceled",
] as const
export type StocktakeStatus = (typeof STOCKTAKE_STATUSES)[number]

/**
 * A physical count of one host stock location (optionally a category or a list of parts).
 * Expected quantities are snapshotted when it is opened; approved variances are posted as
 * adjustment movements referencing the stocktake, all in one go.
 */
const Stocktake = model
  .define("stocktake", {
    id: model.id({ prefix: "stk" }).primaryKey(),
    /** STK-000001, from the stocktake_number_seq sequence. */
    number: model.text().searchable(),
    location_id: model.text(),
    status: model.enum([...STOCKTAKE_STATUSES]).default("open"),
    /** Counters do not see expected quantities (only users with stocktakes:approve do). */
    blind_count: model.boolean().default(false),
    filter_category: model.text().nullable(),
    filter_part_ids: model.array().nullable(),
    notes: model.text().searchable().nullable(),
    opened_by: model.text().nullable(),
    submitted_by: model.text().nullable(),
    submitted_at: model.dateTime().nullable(),
    approved_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    posted_by: model.text().nullable(),
    posted_at: model.dateTime().nullable(),
    canceled_by: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
    metadata: model.json().nullable(),
    lines: model.hasMany(() => StocktakeLine, { mappedBy: "stocktake" }),
  })
  .indexes([
    { on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["location_id", "status"] },
  ])
  .cascades({ delete: ["lines"] })

export default Stocktake
