import { model } from "@medusajs/framework/utils"

/** A process definition for repair orders (`{ stages, transitions }` as in src/lib/process). */
const RepairPipeline = model
  .define("repair_pipeline", {
    id: model.id({ prefix: "rpipe" }).primaryKey(),
    key: model.text().searchable(),
    name: model.text().searchable(),
    definition: model.json(),
    is_default: model.boolean().default(false),
  })
  .indexes([{ on: ["key"], unique: true, where: "deleted_at IS NULL" }])

export default RepairPipeline
