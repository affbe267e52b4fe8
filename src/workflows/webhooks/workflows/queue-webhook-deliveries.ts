import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_DELIVERIES_QUEUED_EVENT } from "../../../lib/events"
import {
  queueWebhookDeliveriesStep,
  QueueWebhookDeliveriesStepInput,
} from "../steps/queue-webhook-deliveries"

/**
 * Records one pending delivery per subscribed endpoint and hands them to the delivery
 * subscriber through the event bus, so that sending never happens in a request.
 */
export const queueWebhookDeliveriesWorkflow = createWorkflow(
  "queue-aftersales-webhook-deliveries",
  (input: QueueWebhookDeliveriesStepInput) => {
    const deliveries = queueWebhookDeliveriesStep(input)

    when({ deliveries }, ({ deliveries }) => deliveries.length > 0).then(() => {
      const event = transform({ deliveries }, ({ deliveries }) => ({
        eventName: WEBHOOK_DELIVERIES_QUEUED_EVENT,
        data: { ids: deliveries.map((delivery) => delivery.id) },
      }))
      emitEventStep(event)
    })

    return new WorkflowResponse(deliveries)
  }
)
