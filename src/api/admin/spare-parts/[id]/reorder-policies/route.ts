import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { saveReorderPoliciesWorkflow } from "../../../../../workflows/spare-parts/workflows/reorder-policies"
import { auditContextFrom } from "../../../../utils/audit-context"
import { AdminUpsertReorderPolicyType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await query.graph(
    { entity: "spare_part", fields: ["id"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  const { data: reorder_policies } = await query.graph({
    entity: "reorder_policy",
    fields: req.queryConfig.fields,
    filters: { part_id: req.params.id },
  })
  res.json({ reorder_policies, count: reorder_policies.length, offset: 0, limit: reorder_policies.length })
}

/** Sets the part's policy at `location_id`, replacing the one there. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpsertReorderPolicyType>,
  res: MedusaResponse
) => {
  const { result } = await saveReorderPoliciesWorkflow(req.scope).run({
    input: {
      policies: [{ ...req.validatedBody, part_id: req.params.id, source: "manual" }],
      audit: auditContextFrom(req),
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [reorder_policy],
  } = await query.graph({
    entity: "reorder_policy",
    fields: req.queryConfig.fields,
    filters: { id: result[0].id },
  })
  res.json({ reorder_policy })
}
