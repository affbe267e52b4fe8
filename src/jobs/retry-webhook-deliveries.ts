import type { MedusaContainer } from "@medusajs/framework/types"
import { attemptWebhookDeliveriesWorkflow } from "../workflows/webhooks/workflows/attempt-webhook-deliveries"

/** Sends every delivery whose retry is due; claims make concurrent runs safe. */
export default async function retryWebhookDeliveries(
  container: MedusaContainer
) {
  await attemptWebhookDeliveriesWorkflow(container).run({ input: {} })
}

export const config = {
  name: "aftersales-retry-webhook-deliveries",
  schedule: "* * * * *",
}
