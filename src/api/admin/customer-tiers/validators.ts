import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { TIER_CODE_PATTERN } from "../../../lib/helpdesk/customer-classification"

const booleanParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean()
)

const code = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(TIER_CODE_PATTERN, 'may only contain lower-case letters, digits, "-" and "_"')
const name = z.string().trim().min(1).max(100)
const minTotalSpent = z.number().min(0).max(1e12)
const minOrderCount = z.number().int().min(0).max(1_000_000)
const rank = z.number().int().min(0).max(1000)

export const AdminGetCustomerTierParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetCustomerTiersParamsType = z.infer<typeof AdminGetCustomerTiersParams>
export const AdminGetCustomerTiersParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "rank",
})
  .merge(z.object({ is_active: booleanParam.optional() }))
  .strict()

export type AdminCreateCustomerTierType = z.infer<typeof AdminCreateCustomerTier>
export const AdminCreateCustomerTier = z
  .object({
    code,
    name,
    min_total_spent: minTotalSpent.optional(),
    min_order_count: minOrderCount.optional(),
    rank,
    is_active: z.boolean().optional(),
  })
  .strict()

export type AdminUpdateCustomerTierType = z.infer<typeof AdminUpdateCustomerTier>
export const AdminUpdateCustomerTier = z
  .object({
    code: code.optional(),
    name: name.optional(),
    min_total_spent: minTotalSpent.optional(),
    min_order_count: minOrderCount.optional(),
    rank: rank.optional(),
    is_active: z.boolean().optional(),
  })
  .strict()
