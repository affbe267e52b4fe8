import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { cancelTicketTaskWorkflow } from "../../../../../workflows/helpdesk/workflows/ticket-tasks"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchTicketTask } from "../../helpers"
import { AdminCancelTicketTaskType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCancelTicketTaskType>,
  res: MedusaResponse
) => {
  await cancelTicketTaskWorkflow(req.scope).run({
    input: { id: req.params.id, notes: req.validatedBody.notes, audit: auditContextFrom(req) },
  })
  res.json({ ticket_task: await refetchTicketTask(req, req.params.id) })
}
