import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { rotateWebhookSecretWorkflow } from "../../../../../../workflows/webhooks/workflows/rotate-webhook-secret"
import { auditContextFrom } from "../../../../../utils/audit-context"
import { refetchWebhook } from "../../helpers"

export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { result } = await rotateWebhookSecretWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({
    webhook: await refetchWebhook(req, req.params.id),
    secret: result.secret,
  })
}
