import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRepairOrderWorkflow } from "../../../workflows/repair/workflows/create-repair-order"
import { auditContextFrom } from "../../utils/audit-context"
import { retrieveStoreRepairOrder, withStageNames } from "./helpers"
import { StoreCreateRepairOrderType, StoreGetRepairOrdersParamsType } from "./validators"

/** The logged-in customer's repair orders only. */
export const GET = async (
  req: AuthenticatedMedusaRequest<StoreGetRepairOrdersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "repair_order",
    fields: req.queryConfig.fields,
    filters: { ...(req.filterableFields as any), customer_id: req.auth_context.actor_id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    repair_orders: await withStageNames(req, data as any[]),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** Requests a repair of an item of one of the customer's own orders. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateRepairOrderType>,
  res: MedusaResponse
) => {
  const { result } = await createRepairOrderWorkflow(req.scope).run({
    input: {
      repair_order: {
        ...req.validatedBody,
        source: "store",
        store_customer_id: req.auth_context.actor_id,
        customer_id: req.auth_context.actor_id,
      },
      audit: auditContextFrom(req),
    },
  })
  res.status(201).json({ repair_order: await retrieveStoreRepairOrder(req, result.id) })
}
