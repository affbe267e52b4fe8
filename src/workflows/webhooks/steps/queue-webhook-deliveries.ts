import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_AUDIT_MODULE } from "../../../modules/aftersales-audit"
import AftersalesAuditModuleService from "../../../modules/aftersales-audit/service"

export type QueueWebhookDeliveriesStepInput = {
  event_name: string
  payload: Record<string, unknown>
  /** Send to exactly these endpoints (test events, redelivery) instead of the subscribers. */
  endpoint_ids?: string[]
  redelivery_of?: string | null
}

function subscribesTo(events: unknown, eventName: string) {
  const names = events as string[]
  return names.includes("*") || names.includes(eventName)
}

export const queueWebhookDeliveriesStep = createStep(
  "queue-aftersales-webhook-deliveries",
  async (input: QueueWebhookDeliveriesStepInput, { container }) => {
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    const endpoints = input.endpoint_ids
      ? await auditService.listAftersalesWebhookEndpoints({ id: input.endpoint_ids })
      : (await auditService.listAftersalesWebhookEndpoints({ is_active: true })).filter(
          (endpoint) => subscribesTo(endpoint.events, input.event_name)
        )
    if (!endpoints.length) {
      return new StepResponse([], [])
    }
    const now = new Date()
    const deliveries = await auditService.createAftersalesWebhookDeliveries(
      endpoints.map((endpoint) => ({
        endpoint_id: endpoint.id,
        event_name: input.event_name,
        payload: input.payload,
        status: "pending" as const,
        next_attempt_at: now,
        redelivery_of: input.redelivery_of ?? null,
      }))
    )
    return new StepResponse(
      deliveries,
      deliveries.map((delivery) => delivery.id)
    )
  },
  async (deliveryIds, { container }) => {
    if (!deliveryIds?.length) {
      return
    }
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    await auditService.deleteAftersalesWebhookDeliveries(deliveryIds)
  }
)
