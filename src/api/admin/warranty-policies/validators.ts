import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  WARRANTY_COVERAGES,
  WARRANTY_POLICY_KINDS,
  WARRANTY_START_BASES,
} from "../../../lib/warranty/constants"

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])
const booleanish = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean()
)
const ids = z.array(z.string().trim().min(1).max(100)).max(1000)

export const AdminGetWarrantyPolicyParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetWarrantyPoliciesParamsType = z.infer<typeof AdminGetWarrantyPoliciesParams>
export const AdminGetWarrantyPoliciesParams = createFindParams({ limit: 50, offset: 0, order: "name" })
  .merge(
    z.object({
      q: z.string().optional(),
      kind: oneOrMany(z.enum(WARRANTY_POLICY_KINDS)).optional(),
      coverage: oneOrMany(z.enum(WARRANTY_COVERAGES)).optional(),
      start_basis: oneOrMany(z.enum(WARRANTY_START_BASES)).optional(),
      is_active: booleanish.optional(),
      is_default: booleanish.optional(),
    })
  )
  .strict()

const policyFields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).nullish(),
  kind: z.enum(WARRANTY_POLICY_KINDS).optional(),
  duration_months: z.number().int().min(1).max(600),
  coverage: z.enum(WARRANTY_COVERAGES).optional(),
  conditions: z.string().trim().max(20000).nullish(),
  start_basis: z.enum(WARRANTY_START_BASES).optional(),
  product_ids: ids.optional(),
  collection_ids: ids.optional(),
  type_ids: ids.optional(),
  tag_ids: ids.optional(),
  variant_ids: ids.optional(),
  sale_variant_ids: ids.optional(),
  is_default: z.boolean().optional(),
  is_active: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export type AdminCreateWarrantyPolicyType = z.infer<typeof AdminCreateWarrantyPolicy>
export const AdminCreateWarrantyPolicy = z.object(policyFields).strict()

export type AdminUpdateWarrantyPolicyType = z.infer<typeof AdminUpdateWarrantyPolicy>
export const AdminUpdateWarrantyPolicy = z
  .object({ ...policyFields, name: policyFields.name.optional(), duration_months: policyFields.duration_months.optional() })
  .strict()
