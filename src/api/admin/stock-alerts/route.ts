import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withPartAndLocation } from "./helpers"
import { AdminGetStockAlertsParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetStockAlertsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "stock_alert",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    stock_alerts: await withPartAndLocation(req, data),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
