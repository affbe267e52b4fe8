import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairOrderListFilters } from "../../../lib/repair/list-filters"
import { createRepairOrderWorkflow } from "../../../workflows/repair/workflows/create-repair-order"
import { createRepairOrderFromTicketWorkflow } from "../../../workflows/repair/workflows/create-repair-order-from-ticket"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchRepairOrder } from "./helpers"
import { AdminCreateRepairOrderType, AdminGetRepairOrdersParamsType } from "./validators"

/** Repair records, searchable (`q`: number, serial, customer, product, fault, findings) and filterable. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetRepairOrdersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: repair_orders, metadata } = await query.graph({
    entity: "repair_order",
    fields: req.queryConfig.fields,
    filters: repairOrderListFilters(req.filterableFields) as any,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    repair_orders,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/**
 * Opens a repair order in the admin, also for units sold elsewhere. With `service_ticket_id`
 * it is opened from that ticket (as `POST /admin/service-tickets/:id/repair-order`, the body
 * overriding what the ticket says).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateRepairOrderType>,
  res: MedusaResponse
) => {
  const { service_ticket_id, ...body } = req.validatedBody
  const audit = auditContextFrom(req)
  const { result } = service_ticket_id
    ? await createRepairOrderFromTicketWorkflow(req.scope).run({
        input: { ticket_id: service_ticket_id, overrides: body, audit },
      })
    : await createRepairOrderWorkflow(req.scope).run({
        input: { repair_order: { ...body, source: "admin" }, audit },
      })
  res.status(201).json({ repair_order: await refetchRepairOrder(req, result.id) })
}
