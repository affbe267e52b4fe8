import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSlaPolicyWorkflow } from "../../../workflows/helpdesk/workflows/sla-configuration"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchSlaPolicy } from "./helpers"
import { AdminCreateSlaPolicyType, AdminGetSlaPoliciesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetSlaPoliciesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sla_policies, metadata } = await query.graph({
    entity: "sla_policies",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    sla_policies,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSlaPolicyType>,
  res: MedusaResponse
) => {
  const { result } = await createSlaPolicyWorkflow(req.scope).run({
    input: { sla_policy: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ sla_policy: await refetchSlaPolicy(req, result.id) })
}
