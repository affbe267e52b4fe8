import { model } from "@medusajs/framework/utils"
import { REPAIR_PART_LINE_STATUSES } from "../../../lib/repair/constants"
import RepairOrder from "./repair-order"

/**
 * A spare part planned for or used in a repair. Stock moves only through the spare-parts
 * ledger: reserving records `reservation_id`, issuing consumes `quantity_issued`, returning
 * unused units adds to `quantity_returned`. `covered` parts are free for the customer.
 */
const RepairPartLine = model
  .define("repair_part_line", {
    id: model.id({ prefix: "rpline" }).primaryKey(),
    spare_part_id: model.text(),
    part_number: model.text(),
    name: model.text(),
    location_id: model.text(),
    quantity: model.number(),
    quantity_issued: model.number().default(0),
    quantity_returned: model.number().default(0),
    status: model.enum([...REPAIR_PART_LINE_STATUSES]).default("planned"),
    reservation_id: model.text().nullable(),
    unit_cost: model.bigNumber().default(0),
    unit_price: model.bigNumber().default(0),
    covered: model.boolean().default(false),
    note: model.text().nullable(),
    repair_order: model.belongsTo(() => RepairOrder, { mappedBy: "part_lines" }),
  })
  .indexes([{ on: ["spare_part_id"] }, { on: ["status"] }])

export default RepairPartLine
