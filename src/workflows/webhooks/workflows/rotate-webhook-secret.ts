import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { generateWebhookSecret } from "../../../lib/webhooks/signature"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { updateWebhookEndpointStep } from "../steps/update-webhook-endpoint"

export type RotateWebhookSecretWorkflowInput = { id: string; audit: AuditContext }

/** Replaces the signing secret at once; the response carries the new one, shown once. */
export const rotateWebhookSecretWorkflow = createWorkflow(
  "rotate-aftersales-webhook-secret",
  (input: RotateWebhookSecretWorkflowInput) => {
    const update = transform({ input }, ({ input }) => ({
      id: input.id,
      secret: generateWebhookSecret(),
    }))
    const { before, after } = updateWebhookEndpointStep(update)

    const auditEntry = transform(
      { input, before, after },
      ({ input, before, after }) => ({
        context: input.audit,
        action: "webhook_endpoint.secret_rotated",
        entity_type: "aftersales_webhook_endpoint",
        entity_id: after.id,
        before: { secret: before.secret },
        after: { secret: after.secret },
      })
    )
    recordAuditEntryStep(auditEntry)

    return new WorkflowResponse(after)
  }
)
