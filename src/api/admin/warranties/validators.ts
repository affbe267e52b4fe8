import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { WARRANTY_REGISTRATION_SOURCES, WARRANTY_REGISTRATION_STATUSES } from "../../../lib/warranty/constants"

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])
const date = z.coerce.date()

export const AdminGetWarrantyParams = z.object({ fields: z.string().optional() }).strict()

const listFilters = {
  q: z.string().optional(),
  status: oneOrMany(z.enum(WARRANTY_REGISTRATION_STATUSES)).optional(),
  kind: oneOrMany(z.enum(["standard", "extended"])).optional(),
  source: oneOrMany(z.enum(WARRANTY_REGISTRATION_SOURCES)).optional(),
  customer_id: oneOrMany(z.string()).optional(),
  order_id: oneOrMany(z.string()).optional(),
  line_item_id: oneOrMany(z.string()).optional(),
  serial_number: oneOrMany(z.string()).optional(),
  product_id: oneOrMany(z.string()).optional(),
  policy_id: oneOrMany(z.string()).optional(),
  ends_before: date.optional(),
  ends_after: date.optional(),
}

export type AdminGetWarrantiesParamsType = z.infer<typeof AdminGetWarrantiesParams>
export const AdminGetWarrantiesParams = createFindParams({ limit: 50, offset: 0, order: "-created_at" })
  .merge(z.object(listFilters))
  .strict()

export type AdminExportWarrantiesParamsType = z.infer<typeof AdminExportWarrantiesParams>
export const AdminExportWarrantiesParams = z.object(listFilters).strict()

export type AdminCreateWarrantyType = z.infer<typeof AdminCreateWarranty>
export const AdminCreateWarranty = z
  .object({
    customer_id: z.string().min(1).nullish(),
    customer_email: z.string().trim().toLowerCase().email().nullish(),
    customer_name: z.string().trim().max(200).nullish(),
    product_id: z.string().min(1).nullish(),
    variant_id: z.string().min(1).nullish(),
    sku: z.string().trim().max(100).nullish(),
    product_title: z.string().trim().max(300).nullish(),
    serial_number: z.string().trim().min(1).max(100).nullish(),
    purchased_at: date,
    starts_at: date.nullish(),
    policy_id: z.string().min(1).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
  .refine((body) => !!body.customer_id || !!body.customer_email, {
    message: "Give customer_id or customer_email.",
    path: ["customer_email"],
  })
  .refine((body) => !!(body.product_id || body.variant_id || body.sku || body.product_title), {
    message: "Name the product: product_id, variant_id, sku or product_title.",
    path: ["product_title"],
  })

export type AdminUpdateWarrantyType = z.infer<typeof AdminUpdateWarranty>
export const AdminUpdateWarranty = z
  .object({
    serial_number: z.string().trim().max(100).nullish(),
    customer_email: z.string().trim().toLowerCase().email().nullish(),
    customer_name: z.string().trim().max(200).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()

export type AdminVoidWarrantyType = z.infer<typeof AdminVoidWarranty>
export const AdminVoidWarranty = z.object({ reason: z.string().trim().min(1).max(1000) }).strict()

export type AdminImportWarrantiesType = z.infer<typeof AdminImportWarranties>
export const AdminImportWarranties = z
  .object({ csv: z.string().min(1).max(5_000_000), dry_run: z.boolean().optional() })
  .strict()

export type AdminWarrantyEntitlementParamsType = z.infer<typeof AdminWarrantyEntitlementParams>
export const AdminWarrantyEntitlementParams = z
  .object({
    serial_number: z.string().trim().min(1).optional(),
    line_item_id: z.string().min(1).optional(),
    unit_index: z.coerce.number().int().min(1).optional(),
    registration_id: z.string().min(1).optional(),
    at: date.optional(),
  })
  .strict()
  .refine((query) => !!(query.serial_number || query.line_item_id || query.registration_id), {
    message: "Give serial_number, line_item_id (with unit_index) or registration_id.",
  })

export type AdminUpdateWarrantySettingsType = z.infer<typeof AdminUpdateWarrantySettings>
export const AdminUpdateWarrantySettings = z
  .object({
    expiry_reminder_days: z.number().int().min(1).max(365).optional(),
    notify_customers: z.boolean().optional(),
  })
  .strict()
