import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPurchaseOrderWorkflow } from "../../../workflows/spare-parts/workflows/purchase-orders"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchPurchaseOrder } from "./helpers"
import { AdminCreatePurchaseOrderType, AdminGetPurchaseOrdersParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetPurchaseOrdersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { part_id, ...filters } = req.filterableFields as Record<string, unknown>
  const { data: purchase_orders, metadata } = await query.graph({
    entity: "purchase_orders",
    fields: req.queryConfig.fields,
    filters: part_id ? { ...filters, lines: { part_id } } : filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    purchase_orders,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** A draft purchase order to one supplier; prices default to the supplier's offers. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePurchaseOrderType>,
  res: MedusaResponse
) => {
  const { result } = await createPurchaseOrderWorkflow(req.scope).run({
    input: { purchase_order: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ purchase_order: await refetchPurchaseOrder(req, result.id) })
}
