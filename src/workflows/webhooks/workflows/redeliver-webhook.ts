import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { queueWebhookDeliveriesWorkflow } from "./queue-webhook-deliveries"

export type RedeliverWebhookWorkflowInput = { id: string; audit: AuditContext }

/** Queues a fresh delivery of the same event; the original stays in the log as it was. */
export const redeliverWebhookWorkflow = createWorkflow(
  "redeliver-aftersales-webhook",
  (input: RedeliverWebhookWorkflowInput) => {
    const { data: originals } = useQueryGraphStep({
      entity: "aftersales_webhook_delivery",
      fields: ["id", "event_name", "payload", "endpoint.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })

    const queueInput = transform({ originals }, ({ originals }) => ({
      event_name: originals[0].event_name,
      payload: originals[0].payload,
      endpoint_ids: [originals[0].endpoint.id],
      redelivery_of: originals[0].id,
    }))
    const deliveries = queueWebhookDeliveriesWorkflow.runAsStep({
      input: queueInput,
    })

    const auditEntry = transform({ input, deliveries }, ({ input, deliveries }) => ({
      context: input.audit,
      action: "webhook_delivery.redelivered",
      entity_type: "aftersales_webhook_delivery",
      entity_id: input.id,
      metadata: { delivery_id: deliveries[0]?.id ?? null },
    }))
    recordAuditEntryStep(auditEntry)

    return new WorkflowResponse(deliveries)
  }
)
