import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { redeliverWebhookWorkflow } from "../../../../../../workflows/webhooks/workflows/redeliver-webhook"
import { auditContextFrom } from "../../../../../utils/audit-context"
import { refetchWebhookDelivery } from "../../../webhooks/helpers"

export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { result } = await redeliverWebhookWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.status(202).json({
    webhook_delivery: await refetchWebhookDelivery(req, result[0].id),
  })
}
