import { model } from "@medusajs/framework/utils"
import RepairOrder from "./repair-order"

/** Billable work: hours at the technician's cost rate and at the price charged. */
const RepairLabourLine = model
  .define("repair_labour_line", {
    id: model.id({ prefix: "rlline" }).primaryKey(),
    technician_id: model.text().nullable(),
    description: model.text(),
    hours: model.float(),
    hourly_cost: model.bigNumber().default(0),
    hourly_price: model.bigNumber().default(0),
    covered: model.boolean().default(false),
    repair_order: model.belongsTo(() => RepairOrder, { mappedBy: "labour_lines" }),
  })
  .indexes([{ on: ["technician_id"] }])

export default RepairLabourLine
