import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addTicketMessageWorkflow } from "../../../../../workflows/helpdesk/workflows/add-ticket-message"
import { auditContextFrom } from "../../../../utils/audit-context"
import {
  AdminAddTicketMessageType,
  AdminGetTicketMessagesParamsType,
} from "../../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetTicketMessagesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // 404 for an unknown ticket rather than an empty list
  await query.graph(
    { entity: "service_tickets", fields: ["id"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  const { data: ticket_messages, metadata } = await query.graph({
    entity: "ticket_messages",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, ticket_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    ticket_messages,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** An agent's public reply, internal note or phone call log. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddTicketMessageType>,
  res: MedusaResponse
) => {
  const { result } = await addTicketMessageWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      author: { type: "agent", id: req.auth_context.actor_id },
      message: req.validatedBody,
      audit: auditContextFrom(req),
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [ticket_message],
  } = await query.graph({
    entity: "ticket_messages",
    fields: req.queryConfig.fields,
    filters: { id: result.id },
  })
  res.status(201).json({ ticket_message })
}
