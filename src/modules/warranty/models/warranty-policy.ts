import { model } from "@medusajs/framework/utils"
import {
  WARRANTY_COVERAGES,
  WARRANTY_POLICY_KINDS,
  WARRANTY_START_BASES,
} from "../../../lib/warranty/constants"
import WarrantyRegistration from "./warranty-registration"

/**
 * Warranty terms. A standard policy applies to the products it names by product, collection,
 * type, tag or variant (the most specific match wins, `is_default` catches the rest). An
 * extended policy is bought as one of `sale_variant_ids` and adds `duration_months` after the
 * end of the standard warranty of the item it extends.
 */
const WarrantyPolicy = model
  .define("warranty_policy", {
    id: model.id({ prefix: "wpol" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    kind: model.enum([...WARRANTY_POLICY_KINDS]).default("standard"),
    duration_months: model.number(),
    coverage: model.enum([...WARRANTY_COVERAGES]).default("parts_and_labour"),
    conditions: model.text().nullable(),
    start_basis: model.enum([...WARRANTY_START_BASES]).default("delivery_date"),
    product_ids: model.array(),
    collection_ids: model.array(),
    type_ids: model.array(),
    tag_ids: model.array(),
    variant_ids: model.array(),
    /** Extended policies: the variants whose purchase buys this extension. */
    sale_variant_ids: model.array(),
    is_default: model.boolean().default(false),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
    registrations: model.hasMany(() => WarrantyRegistration, { mappedBy: "policy" }),
  })
  .indexes([{ on: ["kind", "is_active"] }])

export default WarrantyPolicy
