import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomerTierWorkflow } from "../../../workflows/helpdesk/workflows/customer-tiers"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchCustomerTier } from "./helpers"
import { AdminCreateCustomerTierType, AdminGetCustomerTiersParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetCustomerTiersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customer_tiers, metadata } = await query.graph({
    entity: "customer_tier",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ customer_tiers, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCustomerTierType>,
  res: MedusaResponse
) => {
  const { result } = await createCustomerTierWorkflow(req.scope).run({
    input: { tier: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ customer_tier: await refetchCustomerTier(req, result.id) })
}
