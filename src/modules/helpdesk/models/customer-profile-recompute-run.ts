import { model } from "@medusajs/framework/utils"

export const RECOMPUTE_RUN_STATUSES = ["running", "succeeded", "failed"] as const
export type RecomputeRunStatus = (typeof RECOMPUTE_RUN_STATUSES)[number]

/**
 * One "recompute all customer profiles" run (admin button, backfill script or nightly job),
 * with its progress: `processed` of `total` customers, `changed` profiles. The admin polls it.
 */
const CustomerProfileRecomputeRun = model
  .define("customer_profile_recompute_run", {
    id: model.id({ prefix: "cusrecomp" }).primaryKey(),
    status: model.enum([...RECOMPUTE_RUN_STATUSES]).default("running"),
    trigger: model.text(),
    total: model.number().default(0),
    processed: model.number().default(0),
    changed: model.number().default(0),
    error: model.text().nullable(),
    started_by: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status"] }])

export default CustomerProfileRecomputeRun
