import { model } from "@medusajs/framework/utils"
import Stocktake from "./stocktake"

/** One part of a stocktake: the expected on-hand snapshot and what was counted. */
const StocktakeLine = model
  .define("stocktake_line", {
    id: model.id({ prefix: "stkl" }).primaryKey(),
    part_id: model.text(),
    inventory_item_id: model.text(),
    /** Host stocked quantity at the location when the stocktake was opened. */
    expected_quantity: model.number(),
    counted_quantity: model.number().nullable(),
    /** counted − expected, set with the count. */
    variance: model.number().nullable(),
    counted_by: model.text().nullable(),
    counted_at: model.dateTime().nullable(),
    stocktake: model.belongsTo(() => Stocktake, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["stocktake_id", "part_id"], unique: true, where: "deleted_at IS NULL" }])

export default StocktakeLine
