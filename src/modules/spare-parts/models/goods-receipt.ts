import { model } from "@medusajs/framework/utils"
import GoodsReceiptLine from "./goods-receipt-line"
import PurchaseOrder from "./purchase-order"

/** One delivery against a purchase order; its accepted quantities went into stock. */
const GoodsReceipt = model
  .define("goods_receipt", {
    id: model.id({ prefix: "grcpt" }).primaryKey(),
    /** GR-000123, from the goods_receipt_number_seq sequence. */
    number: model.text().searchable(),
    received_at: model.dateTime(),
    received_by: model.text().nullable(),
    notes: model.text().nullable(),
    purchase_order: model.belongsTo(() => PurchaseOrder, { mappedBy: "receipts" }),
    lines: model.hasMany(() => GoodsReceiptLine, { mappedBy: "receipt" }),
  })
  .indexes([{ on: ["number"], unique: true, where: "deleted_at IS NULL" }])
  .cascades({ delete: ["lines"] })

export default GoodsReceipt
