import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { completeTicketTaskWorkflow } from "../../../../../workflows/helpdesk/workflows/ticket-tasks"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchTicketTask } from "../../helpers"
import { AdminCompleteTicketTaskType } from "../../validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

/** Marks the task done; a revisit records `outcome` (`reopened` reopens the ticket). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCompleteTicketTaskType>,
  res: MedusaResponse
) => {
  await completeTicketTaskWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      outcome: req.validatedBody.outcome,
      notes: req.validatedBody.notes,
      audit: auditContextFrom(req),
    },
  }).catch(rethrowVersionConflict)
  res.json({ ticket_task: await refetchTicketTask(req, req.params.id) })
}
