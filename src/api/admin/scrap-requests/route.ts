import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createScrapRequestsWorkflow } from "../../../workflows/spare-parts/workflows/scrap-requests"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchScrapRequest } from "./helpers"
import { AdminCreateScrapRequestType, AdminGetScrapRequestsParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetScrapRequestsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  const { data: scrap_requests, metadata } = await query.graph({
    entity: "scrap_requests",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...(q ? { number: { $ilike: `%${q}%` } } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ scrap_requests, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateScrapRequestType>,
  res: MedusaResponse
) => {
  const { source_type, ...request } = req.validatedBody
  const { result } = await createScrapRequestsWorkflow(req.scope).run({
    input: {
      scrap_requests: [{ ...request, source_type: source_type ?? "manual" }],
      audit: auditContextFrom(req),
    },
  })
  res.status(201).json({ scrap_request: await refetchScrapRequest(req, result[0].id) })
}
