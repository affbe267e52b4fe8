import { model } from "@medusajs/framework/utils"
import PartSupplier from "./part-supplier"
import ReorderPolicy from "./reorder-policy"

export const SPARE_PART_STATUSES = ["active", "phase_out", "obsolete"] as const
export type SparePartStatus = (typeof SPARE_PART_STATUSES)[number]

/**
 * Master data of a spare part. Stock is never kept here: `inventory_item_id` points at the
 * host inventory item whose levels are the only on-hand numbers, and `variant_id` at the host
 * product variant that makes the part sellable on the storefront.
 */
const SparePart = model
  .define("spare_part", {
    id: model.id({ prefix: "spart" }).primaryKey(),
    part_number: model.text().searchable(),
    name: model.text().searchable(),
    model: model.text().searchable().nullable(),
    description: model.text().nullable(),
    /** Free specification attributes, e.g. { "voltage": "14.4 V", "capacity_mah": "2600" }. */
    specifications: model.json().nullable(),
    /** Used by approval rules and reports, e.g. "pumps", "batteries". */
    category: model.text().nullable(),
    unit_cost: model.bigNumber().nullable(),
    currency_code: model.text().default("eur"),
    status: model.enum([...SPARE_PART_STATUSES]).default("active"),
    superseded_by_id: model.text().nullable(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    inventory_item_id: model.text(),
    compatible_product_ids: model.array(),
    compatible_variant_ids: model.array(),
    metadata: model.json().nullable(),
    suppliers: model.hasMany(() => PartSupplier, { mappedBy: "part" }),
    reorder_policies: model.hasMany(() => ReorderPolicy, { mappedBy: "part" }),
  })
  .indexes([
    { on: ["part_number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["inventory_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["variant_id"] },
    { on: ["status"] },
  ])
  .cascades({ delete: ["suppliers", "reorder_policies"] })

export default SparePart
