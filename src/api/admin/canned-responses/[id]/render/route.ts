import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  cannedResponseValues,
  renderTemplate,
} from "../../../../../lib/helpdesk/canned-responses"
import { AdminRenderCannedResponseType } from "../../validators"

/**
 * Fills a canned response in for a ticket (its customer and order) and the calling agent.
 * Nothing is sent: the agent edits the text and posts it as a message.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRenderCannedResponseType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [response],
  } = await query.graph(
    {
      entity: "canned_responses",
      fields: ["id", "title", "body", "is_active"],
      filters: { id: req.params.id },
    },
    { throwIfKeyNotFound: true }
  )
  const {
    data: [ticket],
  } = await query.graph({
    entity: "service_tickets",
    fields: [
      "id",
      "number",
      "subject",
      "customer.first_name",
      "customer.last_name",
      "customer.email",
      "order.display_id",
    ],
    filters: { id: req.validatedBody.ticket_id },
  })
  if (!ticket) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Service ticket ${req.validatedBody.ticket_id} does not exist.`
    )
  }
  let agent: { first_name?: string | null; last_name?: string | null } | null = null
  if (req.auth_context.actor_type === "user") {
    const { data: users } = await query.graph({
      entity: "user",
      fields: ["first_name", "last_name"],
      filters: { id: req.auth_context.actor_id },
    })
    agent = users[0] ?? null
  }
  const rendered = renderTemplate(
    response.body,
    cannedResponseValues({
      ticket,
      customer: (ticket as any).customer,
      order: (ticket as any).order,
      agent,
    })
  )
  res.json({
    rendered: {
      canned_response_id: response.id,
      ticket_id: ticket.id,
      title: response.title,
      body: rendered.text,
      missing_variables: rendered.missing,
    },
  })
}
