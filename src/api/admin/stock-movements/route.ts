import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordStockMovementWorkflow } from "../../../workflows/spare-parts/workflows/record-stock-movement"
import { auditContextFrom } from "../../utils/audit-context"
import { defaultAdminStockMovementFields } from "./query-config"
import {
  AdminGetStockMovementsParamsType,
  AdminRecordStockMovementType,
} from "./validators"

/** The ledger, newest first; filters: part, location, type, reference, transfer, date range. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetStockMovementsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stock_movements, metadata } = await query.graph({
    entity: "stock_movement",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    stock_movements,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** Records a receipt, issue, transfer or adjustment; answers with the ledger rows written. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordStockMovementType>,
  res: MedusaResponse
) => {
  const { result } = await recordStockMovementWorkflow(req.scope).run({
    input: { movement: req.validatedBody, audit: auditContextFrom(req) },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stock_movements } = await query.graph({
    entity: "stock_movement",
    fields: defaultAdminStockMovementFields,
    filters: { id: result.map((row) => row.id) },
  })
  res.status(201).json({ stock_movements })
}
