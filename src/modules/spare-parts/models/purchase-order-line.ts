import { model } from "@medusajs/framework/utils"
import PurchaseOrder from "./purchase-order"

/**
 * One part ordered for one stock location. `received_quantity` counts every unit delivered,
 * `damaged_quantity` those refused as damaged; accepted = received - damaged went into stock.
 */
const PurchaseOrderLine = model
  .define("purchase_order_line", {
    id: model.id({ prefix: "poln" }).primaryKey(),
    part_id: model.text(),
    part_number: model.text(),
    part_name: model.text(),
    category: model.text().nullable(),
    location_id: model.text(),
    supplier_part_number: model.text().nullable(),
    quantity: model.number(),
    unit_price: model.bigNumber(),
    received_quantity: model.number().default(0),
    damaged_quantity: model.number().default(0),
    requisition_line_id: model.text().nullable(),
    purchase_order: model.belongsTo(() => PurchaseOrder, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["part_id", "location_id"] }])

export default PurchaseOrderLine
