import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { sendTestWebhookWorkflow } from "../../../../../../workflows/webhooks/workflows/send-test-webhook"
import { auditContextFrom } from "../../../../../utils/audit-context"
import { refetchWebhook, refetchWebhookDelivery } from "../../helpers"

/** Queues a `webhook.ping` delivery; it is sent in the background like any other. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await refetchWebhook(req, req.params.id, ["id"])
  const { result } = await sendTestWebhookWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.status(202).json({
    webhook_delivery: await refetchWebhookDelivery(req, result[0].id),
  })
}
