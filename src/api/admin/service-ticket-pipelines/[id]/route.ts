import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateTicketPipelineWorkflow } from "../../../../workflows/helpdesk/workflows/update-ticket-pipeline"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchTicketPipeline } from "../helpers"
import { AdminUpdateTicketPipelineType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ ticket_pipeline: await refetchTicketPipeline(req, req.params.id) })
}

/**
 * Changes a pipeline. With a new definition, tickets in removed stages are moved (by
 * `stage_mapping` or to the nearest stage of the same kind) in the same workflow.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateTicketPipelineType>,
  res: MedusaResponse
) => {
  await updateTicketPipelineWorkflow(req.scope).run({
    input: {
      pipeline: { id: req.params.id, ...(req.validatedBody as any) },
      audit: auditContextFrom(req),
    },
  })
  res.json({ ticket_pipeline: await refetchTicketPipeline(req, req.params.id) })
}
