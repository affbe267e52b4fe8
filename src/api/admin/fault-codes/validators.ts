import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const booleanParam = z
  .preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean())
  .optional()

const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/, {
  message: "Fault codes are 1-50 letters, digits, dots, dashes or underscores, e.g. EL-01.",
})

export const AdminGetFaultCodeParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetFaultCodesParamsType = z.infer<typeof AdminGetFaultCodesParams>
export const AdminGetFaultCodesParams = createFindParams({ limit: 100, offset: 0, order: "code" })
  .merge(
    z.object({
      q: z.string().trim().max(200).optional(),
      code: z.union([z.string(), z.array(z.string())]).optional(),
      category: z.union([z.string(), z.array(z.string())]).optional(),
      is_active: booleanParam,
    })
  )
  .strict()

export type AdminCreateFaultCodeType = z.infer<typeof AdminCreateFaultCode>
export const AdminCreateFaultCode = z
  .object({
    code,
    name: z.string().trim().min(1).max(200),
    category: z.string().trim().min(1).max(100).nullish(),
    description: z.string().trim().max(2000).nullish(),
    product_category_ids: z.array(z.string().min(1)).max(100).optional(),
    is_active: z.boolean().optional(),
  })
  .strict()

export type AdminUpdateFaultCodeType = z.infer<typeof AdminUpdateFaultCode>
export const AdminUpdateFaultCode = z
  .object({
    code: code.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    category: z.string().trim().min(1).max(100).nullish(),
    description: z.string().trim().max(2000).nullish(),
    product_category_ids: z.array(z.string().min(1)).max(100).optional(),
    is_active: z.boolean().optional(),
  })
  .strict()
