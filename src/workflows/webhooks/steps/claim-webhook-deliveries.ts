import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_AUDIT_MODULE } from "../../../modules/aftersales-audit"
import AftersalesAuditModuleService from "../../../modules/aftersales-audit/service"

/**
 * Reserves due deliveries for this instance. Nothing to undo: an unsent claim simply
 * expires after its lease and the delivery is picked up again.
 */
export const claimWebhookDeliveriesStep = createStep(
  "claim-aftersales-webhook-deliveries",
  async (input: { ids?: string[] }, { container }) => {
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    return new StepResponse(await auditService.claimDueDeliveries(input))
  }
)
