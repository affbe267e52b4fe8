import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteWebhookEndpointWorkflow } from "../../../../../workflows/webhooks/workflows/delete-webhook-endpoint"
import { updateWebhookEndpointWorkflow } from "../../../../../workflows/webhooks/workflows/update-webhook-endpoint"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchWebhook } from "../helpers"
import { AdminUpdateWebhookType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ webhook: await refetchWebhook(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateWebhookType>,
  res: MedusaResponse
) => {
  await updateWebhookEndpointWorkflow(req.scope).run({
    input: {
      webhook: { id: req.params.id, ...req.validatedBody },
      audit: auditContextFrom(req),
    },
  })
  res.json({ webhook: await refetchWebhook(req, req.params.id) })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteWebhookEndpointWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({
    id: req.params.id,
    object: "aftersales_webhook_endpoint",
    deleted: true,
  })
}
