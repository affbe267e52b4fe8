import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWarrantyPolicyWorkflow } from "../../../workflows/warranty/workflows/policies"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchWarrantyPolicy } from "./helpers"
import { AdminCreateWarrantyPolicyType, AdminGetWarrantyPoliciesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetWarrantyPoliciesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  const { data: warranty_policies, metadata } = await query.graph({
    entity: "warranty_policy",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...(q ? { name: { $ilike: `%${q}%` } } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ warranty_policies, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateWarrantyPolicyType>,
  res: MedusaResponse
) => {
  const { result } = await createWarrantyPolicyWorkflow(req.scope).run({
    input: { policy: req.validatedBody as any, audit: auditContextFrom(req) },
  })
  res.status(201).json({ warranty_policy: await refetchWarrantyPolicy(req, result.id) })
}
