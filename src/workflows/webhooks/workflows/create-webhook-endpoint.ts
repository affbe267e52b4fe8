import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createWebhookEndpointStep } from "../steps/create-webhook-endpoint"

export type CreateWebhookEndpointWorkflowInput = {
  webhook: {
    url: string
    description?: string | null
    events: string[]
    is_active?: boolean
  }
  audit: AuditContext
}

/** Returns the endpoint with its secret: the only time the secret leaves the server. */
export const createWebhookEndpointWorkflow = createWorkflow(
  "create-aftersales-webhook-endpoint",
  (input: CreateWebhookEndpointWorkflowInput) => {
    const endpointInput = transform({ input }, ({ input }) => ({
      ...input.webhook,
      created_by: input.audit.actor_id,
    }))
    const endpoint = createWebhookEndpointStep(endpointInput)

    const auditEntry = transform({ input, endpoint }, ({ input, endpoint }) => ({
      context: input.audit,
      action: "webhook_endpoint.created",
      entity_type: "aftersales_webhook_endpoint",
      entity_id: endpoint.id,
      after: endpoint as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)

    return new WorkflowResponse(endpoint)
  }
)
