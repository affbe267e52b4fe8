import { model } from "@medusajs/framework/utils"
import PurchaseRequisition from "./purchase-requisition"

/** One part wanted at one stock location; part number and name are copied for the document. */
const PurchaseRequisitionLine = model
  .define("purchase_requisition_line", {
    id: model.id({ prefix: "preqln" }).primaryKey(),
    part_id: model.text(),
    part_number: model.text(),
    part_name: model.text(),
    /** The part's category when the line was written; approval rules match on it. */
    category: model.text().nullable(),
    location_id: model.text(),
    quantity: model.number(),
    estimated_unit_price: model.bigNumber().default(0),
    requisition: model.belongsTo(() => PurchaseRequisition, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["part_id"] }])

export default PurchaseRequisitionLine
