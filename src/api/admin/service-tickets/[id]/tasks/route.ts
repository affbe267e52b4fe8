import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTicketTaskWorkflow } from "../../../../../workflows/helpdesk/workflows/ticket-tasks"
import { auditContextFrom } from "../../../../utils/audit-context"
import { listTicketTasks, refetchTicketTask } from "../../../service-ticket-tasks/helpers"
import {
  AdminCreateTicketTaskType,
  AdminGetTicketTasksOfTicketParamsType,
} from "../../../service-ticket-tasks/validators"

/** The ticket's follow-up and revisit tasks, oldest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetTicketTasksOfTicketParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // 404 for an unknown ticket rather than an empty list
  await query.graph(
    { entity: "service_tickets", fields: ["id"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  res.json(await listTicketTasks(req, { ticket_id: req.params.id }))
}

/** A follow-up task with a due date; the assignee defaults to the ticket's. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateTicketTaskType>,
  res: MedusaResponse
) => {
  const { result } = await createTicketTaskWorkflow(req.scope).run({
    input: { task: { ...req.validatedBody, ticket_id: req.params.id }, audit: auditContextFrom(req) },
  })
  res.status(201).json({ ticket_task: await refetchTicketTask(req, result.id) })
}
