import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reorderAssignmentRulesWorkflow } from "../../../../workflows/helpdesk/workflows/assignment-rules"
import { auditContextFrom } from "../../../utils/audit-context"
import { AdminReorderAssignmentRulesType } from "../validators"

/** `{ ids }` in the new evaluation order (every rule once); answers the reordered list. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReorderAssignmentRulesType>,
  res: MedusaResponse
) => {
  await reorderAssignmentRulesWorkflow(req.scope).run({
    input: { ids: req.validatedBody.ids, audit: auditContextFrom(req) },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: assignment_rules, metadata } = await query.graph({
    entity: "assignment_rules",
    fields: req.queryConfig.fields,
    pagination: { ...req.queryConfig.pagination, order: { rank: "ASC" } },
  })
  res.json({
    assignment_rules,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
