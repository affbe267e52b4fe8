import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AFTERSALES_EVENT_NAMES } from "../lib/events"
import { queueWebhookDeliveriesWorkflow } from "../workflows/webhooks/workflows/queue-webhook-deliveries"

/** Every catalogue event becomes a delivery for each endpoint subscribed to it. */
export default async function queueWebhookDeliveries({
  event,
  container,
}: SubscriberArgs<Record<string, unknown>>) {
  await queueWebhookDeliveriesWorkflow(container).run({
    input: { event_name: event.name, payload: event.data },
  })
}

export const config: SubscriberConfig = {
  event: AFTERSALES_EVENT_NAMES,
  context: { subscriberId: "aftersales-queue-webhook-deliveries" },
}
