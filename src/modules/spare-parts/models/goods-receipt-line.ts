import { model } from "@medusajs/framework/utils"
import GoodsReceipt from "./goods-receipt"

/** What arrived for one purchase-order line: accepted = received - damaged. */
const GoodsReceiptLine = model
  .define("goods_receipt_line", {
    id: model.id({ prefix: "grcln" }).primaryKey(),
    purchase_order_line_id: model.text(),
    part_id: model.text(),
    location_id: model.text(),
    quantity_received: model.number(),
    quantity_damaged: model.number().default(0),
    quantity_accepted: model.number(),
    receipt: model.belongsTo(() => GoodsReceipt, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["purchase_order_line_id"] }])

export default GoodsReceiptLine
