import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  updateWebhookEndpointStep,
  UpdateWebhookEndpointStepInput,
} from "../steps/update-webhook-endpoint"

export type UpdateWebhookEndpointWorkflowInput = {
  webhook: Omit<UpdateWebhookEndpointStepInput, "secret">
  audit: AuditContext
}

export const updateWebhookEndpointWorkflow = createWorkflow(
  "update-aftersales-webhook-endpoint",
  (input: UpdateWebhookEndpointWorkflowInput) => {
    const { before, after } = updateWebhookEndpointStep(input.webhook)

    const auditEntry = transform(
      { input, before, after },
      ({ input, before, after }) => ({
        context: input.audit,
        action: "webhook_endpoint.updated",
        entity_type: "aftersales_webhook_endpoint",
        entity_id: after.id,
        before: before as unknown as Record<string, unknown>,
        after: after as unknown as Record<string, unknown>,
      })
    )
    recordAuditEntryStep(auditEntry)

    return new WorkflowResponse(after)
  }
)
