import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validateApprovalRule } from "../../../lib/spare-parts/procurement"
import { AFTERSALES_ACCESS_MODULE } from "../../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../../modules/aftersales-access/service"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

export type ApprovalRuleInput = {
  name: string
  document_type: "requisition" | "purchase_order"
  min_amount?: number
  max_amount?: number | null
  category?: string | null
  approver_role: string
  is_active?: boolean
  rank?: number
}

export type UpdateApprovalRuleInput = Partial<ApprovalRuleInput> & { id: string }

const RULE_FIELDS = [
  "name",
  "document_type",
  "min_amount",
  "max_amount",
  "category",
  "approver_role",
  "is_active",
  "rank",
] as const

/** 400 naming every problem: an empty or negative amount band, a role that does not exist. */
async function assertValidRule(container: any, rule: Partial<ApprovalRuleInput>) {
  const problems = validateApprovalRule(rule)
  if (rule.approver_role?.trim()) {
    const access: AftersalesAccessModuleService = container.resolve(AFTERSALES_ACCESS_MODULE)
    const [role] = await access.listAftersalesRoles({ name: rule.approver_role }, { select: ["id"] })
    if (!role) {
      problems.push(`There is no after-sales role named "${rule.approver_role}".`)
    }
  }
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The approval rule is invalid: ${problems.join(" ")}`
    )
  }
}

export const createApprovalRuleStep = createStep(
  "create-approval-rule",
  async (input: ApprovalRuleInput, { container }) => {
    await assertValidRule(container, input)
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const rule = await spareParts.createApprovalRules(input as any)
    return new StepResponse(rule, rule.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.deleteApprovalRules(id)
  }
)

export const updateApprovalRuleStep = createStep(
  "update-approval-rule",
  async (input: UpdateApprovalRuleInput, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const before = await spareParts.retrieveApprovalRule(input.id)
    await assertValidRule(container, {
      min_amount: Number(before.min_amount),
      max_amount: before.max_amount === null ? null : Number(before.max_amount),
      approver_role: before.approver_role,
      ...input,
    })
    const after = await spareParts.updateApprovalRules(input as any)
    const previous: Record<string, unknown> = { id: before.id }
    for (const field of RULE_FIELDS) {
      if (input[field] !== undefined) {
        previous[field] = before[field]
      }
    }
    return new StepResponse({ before, after }, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.updateApprovalRules(previous as any)
  }
)

export const deleteApprovalRuleStep = createStep(
  "delete-approval-rule",
  async (id: string, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const rule = await spareParts.retrieveApprovalRule(id)
    await spareParts.softDeleteApprovalRules(id)
    return new StepResponse(rule, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.restoreApprovalRules(id)
  }
)
