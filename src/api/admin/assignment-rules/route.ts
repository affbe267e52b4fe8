import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAssignmentRuleWorkflow } from "../../../workflows/helpdesk/workflows/assignment-rules"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchAssignmentRule } from "./helpers"
import {
  AdminCreateAssignmentRuleType,
  AdminGetAssignmentRulesParamsType,
} from "./validators"

/** The rules in evaluation order (rank) unless another order is asked for. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetAssignmentRulesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: assignment_rules, metadata } = await query.graph({
    entity: "assignment_rules",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    assignment_rules,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateAssignmentRuleType>,
  res: MedusaResponse
) => {
  const { result } = await createAssignmentRuleWorkflow(req.scope).run({
    input: { assignment_rule: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ assignment_rule: await refetchAssignmentRule(req, result.id) })
}
