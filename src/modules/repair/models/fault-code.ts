import { model } from "@medusajs/framework/utils"

/** Catalogue of fault codes used in diagnoses; `category` groups them (e.g. "electrical"). */
const FaultCode = model
  .define("fault_code", {
    id: model.id({ prefix: "fcode" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    category: model.text().nullable(),
    description: model.text().nullable(),
    product_category_ids: model.array(),
    is_active: model.boolean().default(true),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])

export default FaultCode
