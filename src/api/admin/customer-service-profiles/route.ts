import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AdminGetCustomerServiceProfilesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetCustomerServiceProfilesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  if (typeof q === "string") {
    // Profiles keep only the customer id: q finds customers by e-mail first.
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { email: { $ilike: `%${q.replace(/[\\%_]/g, "\\$&")}%` } },
    })
    const matching = customers.map((customer) => customer.id)
    const requested = filters.customer_id
    filters.customer_id = requested
      ? matching.filter((id) => ([] as unknown[]).concat(requested).includes(id))
      : matching
  }
  const { data: customer_service_profiles, metadata } = await query.graph({
    entity: "customer_service_profile",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    customer_service_profiles,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
