import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WEBHOOK_DELIVERIES_QUEUED_EVENT } from "../lib/events"
import { attemptWebhookDeliveriesWorkflow } from "../workflows/webhooks/workflows/attempt-webhook-deliveries"

/** First attempt right after queueing; retries are the job's work. */
export default async function sendQueuedWebhookDeliveries({
  event,
  container,
}: SubscriberArgs<{ ids: string[] }>) {
  await attemptWebhookDeliveriesWorkflow(container).run({
    input: { ids: event.data.ids },
  })
}

export const config: SubscriberConfig = {
  event: WEBHOOK_DELIVERIES_QUEUED_EVENT,
  context: { subscriberId: "aftersales-send-queued-webhook-deliveries" },
}
