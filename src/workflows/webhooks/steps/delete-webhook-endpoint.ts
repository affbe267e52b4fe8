import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_AUDIT_MODULE } from "../../../modules/aftersales-audit"
import AftersalesAuditModuleService from "../../../modules/aftersales-audit/service"

export const deleteWebhookEndpointStep = createStep(
  "delete-aftersales-webhook-endpoint",
  async (id: string, { container }) => {
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    const endpoint = await auditService.retrieveAftersalesWebhookEndpoint(id)
    await auditService.softDeleteAftersalesWebhookEndpoints(id)
    return new StepResponse(endpoint, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    await auditService.restoreAftersalesWebhookEndpoints(id)
  }
)
