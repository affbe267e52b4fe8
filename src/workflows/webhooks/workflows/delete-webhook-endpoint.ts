import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { deleteWebhookEndpointStep } from "../steps/delete-webhook-endpoint"

export type DeleteWebhookEndpointWorkflowInput = {
  id: string
  audit: AuditContext
}

export const deleteWebhookEndpointWorkflow = createWorkflow(
  "delete-aftersales-webhook-endpoint",
  (input: DeleteWebhookEndpointWorkflowInput) => {
    const endpoint = deleteWebhookEndpointStep(input.id)

    const auditEntry = transform({ input, endpoint }, ({ input, endpoint }) => ({
      context: input.audit,
      action: "webhook_endpoint.deleted",
      entity_type: "aftersales_webhook_endpoint",
      entity_id: endpoint.id,
      before: endpoint as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)

    return new WorkflowResponse(endpoint)
  }
)
