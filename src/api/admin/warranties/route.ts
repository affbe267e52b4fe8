import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createManualWarrantyRegistrationsWorkflow } from "../../../workflows/warranty/workflows/manual-registrations"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchWarranty, warrantyListFilters } from "./helpers"
import { AdminCreateWarrantyType, AdminGetWarrantiesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetWarrantiesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: warranties, metadata } = await query.graph({
    entity: "warranty_registration",
    fields: req.queryConfig.fields,
    filters: warrantyListFilters(req.filterableFields as Record<string, unknown>) as any,
    pagination: req.queryConfig.pagination,
  })
  res.json({ warranties, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/** Registers a unit sold outside the store (or a unit the order flow missed). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateWarrantyType>, res: MedusaResponse) => {
  const { policy_id, ...unit } = req.validatedBody
  const { result } = await createManualWarrantyRegistrationsWorkflow(req.scope).run({
    input: { registrations: [{ ...unit, policy: policy_id ?? null }], audit: auditContextFrom(req) },
  })
  res.status(201).json({ warranty: await refetchWarranty(req, result[0].id) })
}
