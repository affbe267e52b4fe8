import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  createTicketPipelineStep,
  CreateTicketPipelineInput,
} from "../steps/create-ticket-pipeline"

export type CreateTicketPipelineWorkflowInput = {
  pipeline: CreateTicketPipelineInput
  audit: AuditContext
}

export const createTicketPipelineWorkflow = createWorkflow(
  "create-ticket-pipeline",
  (input: CreateTicketPipelineWorkflowInput) => {
    const pipeline = createTicketPipelineStep(input.pipeline)

    const auditEntry = transform({ input, pipeline }, ({ input, pipeline }) => ({
      context: input.audit,
      action: "ticket_pipeline.created",
      entity_type: "ticket_pipeline",
      entity_id: pipeline.id,
      after: pipeline as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)

    return new WorkflowResponse(pipeline)
  }
)
