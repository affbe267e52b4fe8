import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateTicketTaskWorkflow } from "../../../../workflows/helpdesk/workflows/ticket-tasks"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchTicketTask } from "../helpers"
import { AdminUpdateTicketTaskType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ ticket_task: await refetchTicketTask(req, req.params.id) })
}

/** Edits an open task (title, notes, due date, assignee). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateTicketTaskType>,
  res: MedusaResponse
) => {
  await updateTicketTaskWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.json({ ticket_task: await refetchTicketTask(req, req.params.id) })
}
