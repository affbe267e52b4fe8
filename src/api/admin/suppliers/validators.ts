import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const booleanParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean()
)
const stringOrList = z.union([z.string(), z.array(z.string())]).optional()
const currencyCode = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{3}$/, { message: "currency_code is a three-letter ISO 4217 code such as eur." })
  .transform((value) => value.toLowerCase())

export const AdminGetSupplierParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetSuppliersParamsType = z.infer<typeof AdminGetSuppliersParams>
export const AdminGetSuppliersParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "name",
})
  .merge(
    z.object({
      q: z.string().optional(),
      id: stringOrList,
      code: stringOrList,
      is_active: booleanParam.optional(),
      currency_code: stringOrList,
    })
  )
  .strict()

const supplierFields = {
  code: z.string().trim().min(1).max(50),
  name: z.string().trim().min(1).max(200),
  contact_name: z.string().trim().max(200).nullish(),
  email: z.string().trim().email().max(320).nullish(),
  phone: z.string().trim().max(50).nullish(),
  address: z
    .object({
      address_1: z.string().max(200).nullish(),
      address_2: z.string().max(200).nullish(),
      postal_code: z.string().max(20).nullish(),
      city: z.string().max(100).nullish(),
      province: z.string().max(100).nullish(),
      country_code: z.string().length(2).nullish(),
    })
    .strict()
    .nullish(),
  currency_code: currencyCode.optional(),
  payment_terms: z.string().trim().max(200).nullish(),
  lead_time_days: z.number().int().min(0).max(365).optional(),
  is_active: z.boolean().optional(),
  notes: z.string().max(5000).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export type AdminCreateSupplierType = z.infer<typeof AdminCreateSupplier>
export const AdminCreateSupplier = z.object(supplierFields).strict()

export type AdminUpdateSupplierType = z.infer<typeof AdminUpdateSupplier>
export const AdminUpdateSupplier = z
  .object({
    ...supplierFields,
    code: supplierFields.code.optional(),
    name: supplierFields.name.optional(),
  })
  .strict()
