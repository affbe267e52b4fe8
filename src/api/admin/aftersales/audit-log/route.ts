import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AdminGetAuditLogParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetAuditLogParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: audit_log_entries, metadata } = await query.graph({
    entity: "aftersales_audit_log_entries",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    audit_log_entries,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
