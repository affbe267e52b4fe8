import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { SPARE_PART_STATUSES } from "../../../modules/spare-parts/models/spare-part"
import { REORDER_METHODS } from "../../../modules/spare-parts/models/reorder-policy"

const stringOrList = z.union([z.string(), z.array(z.string())])

export const AdminGetSparePartParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetSparePartsParamsType = z.infer<typeof AdminGetSparePartsParams>
export const AdminGetSparePartsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "part_number",
})
  .merge(
    z.object({
      q: z.string().optional(),
      id: stringOrList.optional(),
      part_number: stringOrList.optional(),
      status: z.union([z.enum(SPARE_PART_STATUSES), z.array(z.enum(SPARE_PART_STATUSES))]).optional(),
      category: stringOrList.optional(),
      variant_id: stringOrList.optional(),
      inventory_item_id: stringOrList.optional(),
      supplier_id: z.string().optional(),
      compatible_product_id: z.string().optional(),
    })
  )
  .strict()

const specifications = z
  .record(z.string().trim().min(1).max(100), z.string().max(500))
  .refine((value) => Object.keys(value).length <= 100, "At most 100 specification attributes.")

const masterDataFields = {
  name: z.string().trim().min(1).max(200),
  model: z.string().trim().max(200).nullish(),
  description: z.string().max(10_000).nullish(),
  specifications: specifications.nullish(),
  category: z.string().trim().min(1).max(100).nullish(),
  unit_cost: z.number().nonnegative().nullish(),
  currency_code: z.string().trim().length(3).toLowerCase().optional(),
  status: z.enum(SPARE_PART_STATUSES).optional(),
  superseded_by_id: z.string().min(1).nullish(),
  compatible_product_ids: z.array(z.string().min(1)).max(500).optional(),
  compatible_variant_ids: z.array(z.string().min(1)).max(500).optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

const partNumber = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-\/]*$/, "Use letters, digits and . _ - / in part numbers.")

export type AdminCreateSparePartType = z.infer<typeof AdminCreateSparePart>
export const AdminCreateSparePart = z
  .object({
    part_number: partNumber,
    ...masterDataFields,
    variant_id: z.string().min(1).optional(),
    inventory_item_id: z.string().min(1).optional(),
    sku: z.string().trim().min(1).max(100).optional(),
    price: z.number().nonnegative().optional(),
    price_currency_code: z.string().trim().length(3).toLowerCase().optional(),
    sales_channel_ids: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .refine((value) => !(value.variant_id || value.inventory_item_id) || (value.price === undefined && value.sku === undefined), {
    message: "Give either variant_id / inventory_item_id to link existing host records, or price (and sku) to create them, not both.",
  })

export type AdminUpdateSparePartType = z.infer<typeof AdminUpdateSparePart>
export const AdminUpdateSparePart = z
  .object({
    part_number: partNumber.optional(),
    ...masterDataFields,
    name: masterDataFields.name.optional(),
  })
  .strict()

const offerFields = {
  supplier_part_number: z.string().trim().max(100).nullish(),
  unit_price: z.number().nonnegative(),
  currency_code: z.string().trim().length(3).toLowerCase().optional(),
  lead_time_days: z.number().int().nonnegative().max(3650).nullish(),
  min_order_quantity: z.number().int().positive().optional(),
  pack_size: z.number().int().positive().optional(),
  is_preferred: z.boolean().optional(),
}

export type AdminCreatePartSupplierType = z.infer<typeof AdminCreatePartSupplier>
export const AdminCreatePartSupplier = z
  .object({ supplier_id: z.string().min(1), ...offerFields })
  .strict()

export type AdminUpdatePartSupplierType = z.infer<typeof AdminUpdatePartSupplier>
export const AdminUpdatePartSupplier = z
  .object({ ...offerFields, unit_price: offerFields.unit_price.optional() })
  .strict()

const quantity = z.number().int().nonnegative()

export type AdminUpsertReorderPolicyType = z.infer<typeof AdminUpsertReorderPolicy>
export const AdminUpsertReorderPolicy = z
  .object({
    location_id: z.string().min(1),
    method: z.enum(REORDER_METHODS).optional(),
    reorder_point: quantity.nullish(),
    safety_stock: quantity.nullish(),
    min_quantity: quantity.nullish(),
    max_quantity: quantity.nullish(),
    follow_forecast: z.boolean().optional(),
  })
  .strict()

export const AdminImportSpareParts = z
  .object({
    type: z.enum(["parts", "offers"]).default("parts"),
    csv: z.string().min(1).max(5_000_000),
    dry_run: z.boolean().optional(),
  })
  .strict()
export type AdminImportSparePartsType = z.infer<typeof AdminImportSpareParts>

export const AdminExportSparePartsParams = z
  .object({ type: z.enum(["parts", "offers"]).default("parts") })
  .strict()
export type AdminExportSparePartsParamsType = z.infer<typeof AdminExportSparePartsParams>
