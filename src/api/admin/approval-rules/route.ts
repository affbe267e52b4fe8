import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createApprovalRuleWorkflow } from "../../../workflows/spare-parts/workflows/approval-rules"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchApprovalRule } from "./helpers"
import { AdminCreateApprovalRuleType, AdminGetApprovalRulesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetApprovalRulesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: approval_rules, metadata } = await query.graph({
    entity: "approval_rules",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    approval_rules,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateApprovalRuleType>,
  res: MedusaResponse
) => {
  const { result } = await createApprovalRuleWorkflow(req.scope).run({
    input: { approval_rule: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ approval_rule: await refetchApprovalRule(req, result.id) })
}
