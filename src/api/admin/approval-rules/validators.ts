import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { APPROVAL_DOCUMENT_TYPES } from "../../../modules/spare-parts/models/approval-rule"

const booleanParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean()
)
const amount = z.number().min(0).max(1_000_000_000)

export const AdminGetApprovalRuleParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetApprovalRulesParamsType = z.infer<typeof AdminGetApprovalRulesParams>
export const AdminGetApprovalRulesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "rank",
})
  .merge(
    z.object({
      q: z.string().optional(),
      document_type: z.union([z.enum(APPROVAL_DOCUMENT_TYPES), z.array(z.enum(APPROVAL_DOCUMENT_TYPES))]).optional(),
      is_active: booleanParam.optional(),
    })
  )
  .strict()

const ruleFields = {
  name: z.string().trim().min(1).max(150),
  document_type: z.enum(APPROVAL_DOCUMENT_TYPES),
  min_amount: amount.optional(),
  max_amount: amount.nullish(),
  category: z.string().trim().min(1).max(100).nullish(),
  approver_role: z.string().trim().min(1).max(100),
  is_active: z.boolean().optional(),
  rank: z.number().int().min(-1000).max(1000).optional(),
}

export type AdminCreateApprovalRuleType = z.infer<typeof AdminCreateApprovalRule>
export const AdminCreateApprovalRule = z.object(ruleFields).strict()

export type AdminUpdateApprovalRuleType = z.infer<typeof AdminUpdateApprovalRule>
export const AdminUpdateApprovalRule = z
  .object({
    ...ruleFields,
    name: ruleFields.name.optional(),
    document_type: ruleFields.document_type.optional(),
    approver_role: ruleFields.approver_role.optional(),
  })
  .strict()
