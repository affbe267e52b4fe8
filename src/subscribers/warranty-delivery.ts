import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { syncOrderWarrantiesWorkflow } from "../workflows/warranty/workflows/order-registrations"

/**
 * `delivery.created` (a fulfilment marked delivered, payload `{ id: fulfillment_id }`) starts
 * the pending units whose policy counts from the delivery date.
 */
export default async function warrantyDelivery({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [fulfillment],
    } = await query.graph({ entity: "fulfillment", fields: ["id", "order.id"], filters: { id: event.data.id } })
    const orderId = (fulfillment as any)?.order?.id
    if (!orderId) {
      return
    }
    await syncOrderWarrantiesWorkflow(container).run({
      input: { order_id: orderId, audit: SYSTEM_AUDIT_CONTEXT },
    })
  } catch (error) {
    logger.error(`aftersales: could not start warranties delivered with fulfilment ${event.data.id}: ${error.message}`)
  }
}

export const config: SubscriberConfig = {
  event: "delivery.created",
  context: { subscriberId: "aftersales-warranty-delivery" },
}
