import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_AUDIT_MODULE } from "../../../modules/aftersales-audit"
import AftersalesAuditModuleService from "../../../modules/aftersales-audit/service"

export type UpdateWebhookEndpointStepInput = {
  id: string
  url?: string
  description?: string | null
  events?: string[]
  is_active?: boolean
  secret?: string
}

export const updateWebhookEndpointStep = createStep(
  "update-aftersales-webhook-endpoint",
  async (input: UpdateWebhookEndpointStepInput, { container }) => {
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    const before = await auditService.retrieveAftersalesWebhookEndpoint(input.id)
    const after = await auditService.updateAftersalesWebhookEndpoints(input)
    return new StepResponse(
      { before, after },
      {
        id: before.id,
        url: before.url,
        description: before.description,
        events: before.events,
        is_active: before.is_active,
        secret: before.secret,
      }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    await auditService.updateAftersalesWebhookEndpoints(previous)
  }
)
