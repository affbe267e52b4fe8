import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { claimWebhookDeliveriesStep } from "../steps/claim-webhook-deliveries"
import { sendWebhookDeliveriesStep } from "../steps/send-webhook-deliveries"

export type AttemptWebhookDeliveriesWorkflowInput = {
  /** Only these deliveries (just queued); without ids every due delivery. */
  ids?: string[]
}

export const attemptWebhookDeliveriesWorkflow = createWorkflow(
  "attempt-aftersales-webhook-deliveries",
  (input: AttemptWebhookDeliveriesWorkflowInput) => {
    const claimed = claimWebhookDeliveriesStep(input)
    const results = sendWebhookDeliveriesStep(claimed)
    return new WorkflowResponse(results)
  }
)
