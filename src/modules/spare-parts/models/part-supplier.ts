import { model } from "@medusajs/framework/utils"
import SparePart from "./spare-part"
import Supplier from "./supplier"

/** What one supplier offers for one part: its number, price and order constraints. */
const PartSupplier = model
  .define("part_supplier", {
    id: model.id({ prefix: "psup" }).primaryKey(),
    supplier_part_number: model.text().nullable(),
    unit_price: model.bigNumber(),
    currency_code: model.text().default("eur"),
    lead_time_days: model.number().nullable(),
    min_order_quantity: model.number().default(1),
    pack_size: model.number().default(1),
    is_preferred: model.boolean().default(false),
    part: model.belongsTo(() => SparePart, { mappedBy: "suppliers" }),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "parts" }),
  })
  .indexes([{ on: ["part_id", "supplier_id"], unique: true, where: "deleted_at IS NULL" }])

export default PartSupplier
