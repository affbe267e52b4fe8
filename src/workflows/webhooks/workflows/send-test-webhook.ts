import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_PING_EVENT } from "../../../lib/events"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { queueWebhookDeliveriesWorkflow } from "./queue-webhook-deliveries"

export type SendTestWebhookWorkflowInput = { id: string; audit: AuditContext }

export const sendTestWebhookWorkflow = createWorkflow(
  "send-aftersales-test-webhook",
  (input: SendTestWebhookWorkflowInput) => {
    const queueInput = transform({ input }, ({ input }) => ({
      event_name: WEBHOOK_PING_EVENT,
      payload: { webhook_id: input.id, sent_at: new Date().toISOString() },
      endpoint_ids: [input.id],
    }))
    const deliveries = queueWebhookDeliveriesWorkflow.runAsStep({
      input: queueInput,
    })

    const auditEntry = transform({ input, deliveries }, ({ input, deliveries }) => ({
      context: input.audit,
      action: "webhook_endpoint.test_sent",
      entity_type: "aftersales_webhook_endpoint",
      entity_id: input.id,
      metadata: { delivery_id: deliveries[0]?.id ?? null },
    }))
    recordAuditEntryStep(auditEntry)

    return new WorkflowResponse(deliveries)
  }
)
