import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveWarrantyEntitlement } from "../../../workflows/warranty/resolve-warranty-entitlement"
import { StoreGetWarrantiesParamsType } from "./validators"

/** The logged-in customer's warranty units, each with its coverage (entitlement) now. */
export const GET = async (req: AuthenticatedMedusaRequest<StoreGetWarrantiesParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "warranty_registration",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, customer_id: req.auth_context.actor_id } as any,
    pagination: req.queryConfig.pagination,
  })
  const at = new Date()
  const warranties = await Promise.all(
    (data as any[]).map(async (warranty) => ({
      ...warranty,
      entitlement: await resolveWarrantyEntitlement(req.scope, { registration_id: warranty.id, at }),
    }))
  )
  res.json({ warranties, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
