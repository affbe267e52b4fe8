import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createServiceTicketWorkflow } from "../../../workflows/helpdesk/workflows/create-service-ticket"
import { auditContextFrom } from "../../utils/audit-context"
import { retrieveStoreServiceTicket } from "./helpers"
import {
  StoreCreateServiceTicketType,
  StoreGetServiceTicketsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<StoreGetServiceTicketsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: service_tickets, metadata } = await query.graph({
    entity: "service_tickets",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, customer_id: req.auth_context.actor_id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    service_tickets,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** Opens a ticket for the logged-in customer, optionally on one of their orders and items. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateServiceTicketType>,
  res: MedusaResponse
) => {
  const { result } = await createServiceTicketWorkflow(req.scope).run({
    input: {
      ticket: {
        ...req.validatedBody,
        channel: "web",
        customer_id: req.auth_context.actor_id,
      },
      audit: auditContextFrom(req),
    },
  })
  res.status(201).json({ service_ticket: await retrieveStoreServiceTicket(req, result.id) })
}
