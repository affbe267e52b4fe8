import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createServiceTicketWorkflow } from "../../../workflows/helpdesk/workflows/create-service-ticket"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchServiceTicket } from "./helpers"
import {
  AdminCreateServiceTicketType,
  AdminGetServiceTicketsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetServiceTicketsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: service_tickets, metadata } = await query.graph({
    entity: "service_tickets",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    service_tickets,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateServiceTicketType>,
  res: MedusaResponse
) => {
  const { result } = await createServiceTicketWorkflow(req.scope).run({
    input: { ticket: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ service_ticket: await refetchServiceTicket(req, result.id) })
}
