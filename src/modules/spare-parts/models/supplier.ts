import { model } from "@medusajs/framework/utils"
import PartSupplier from "./part-supplier"

/** A vendor of spare parts; `lead_time_days` is the default for its parts. */
const Supplier = model
  .define("supplier", {
    id: model.id({ prefix: "supp" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    contact_name: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    address: model.json().nullable(),
    currency_code: model.text().default("eur"),
    payment_terms: model.text().nullable(),
    lead_time_days: model.number().default(7),
    is_active: model.boolean().default(true),
    notes: model.text().nullable(),
    metadata: model.json().nullable(),
    parts: model.hasMany(() => PartSupplier, { mappedBy: "supplier" }),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])
  .cascades({ delete: ["parts"] })

export default Supplier
