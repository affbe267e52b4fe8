import { model } from "@medusajs/framework/utils"

export const PARTS_RUN_KINDS = ["sales_backfill", "forecast"] as const
export type PartsRunKind = (typeof PARTS_RUN_KINDS)[number]

export const PARTS_RUN_STATUSES = ["running", "succeeded", "failed"] as const

/**
 * One long batch over the catalogue or the host's order history (parts-sales backfill,
 * forecasting all parts), with its progress: `processed` of `total`. The admin polls it.
 */
const PartsRun = model
  .define("parts_run", {
    id: model.id({ prefix: "prun" }).primaryKey(),
    kind: model.enum([...PARTS_RUN_KINDS]),
    status: model.enum([...PARTS_RUN_STATUSES]).default("running"),
    trigger: model.text(),
    total: model.number().default(0),
    processed: model.number().default(0),
    /** Rows written (backfill) or forecasts stored (forecast). */
    changed: model.number().default(0),
    error: model.text().nullable(),
    started_by: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["kind", "status"] }])

export default PartsRun
