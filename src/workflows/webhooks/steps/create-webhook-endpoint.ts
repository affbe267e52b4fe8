import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateWebhookSecret } from "../../../lib/webhooks/signature"
import { AFTERSALES_AUDIT_MODULE } from "../../../modules/aftersales-audit"
import AftersalesAuditModuleService from "../../../modules/aftersales-audit/service"

export type CreateWebhookEndpointStepInput = {
  url: string
  description?: string | null
  events: string[]
  is_active?: boolean
  created_by: string | null
}

export const createWebhookEndpointStep = createStep(
  "create-aftersales-webhook-endpoint",
  async (input: CreateWebhookEndpointStepInput, { container }) => {
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    const endpoint = await auditService.createAftersalesWebhookEndpoints({
      ...input,
      secret: generateWebhookSecret(),
    })
    return new StepResponse(endpoint, endpoint.id)
  },
  async (endpointId, { container }) => {
    if (!endpointId) {
      return
    }
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    await auditService.deleteAftersalesWebhookEndpoints(endpointId)
  }
)
