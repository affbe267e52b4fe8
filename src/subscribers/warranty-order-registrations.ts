import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { syncOrderWarrantiesWorkflow } from "../workflows/warranty/workflows/order-registrations"

/**
 * Placed orders get one warranty registration per unit; a fulfilment starts the units whose
 * policy counts from the fulfilment date. Idempotent, so redelivered events write nothing twice.
 */
export default async function warrantyOrderRegistrations({
  event,
  container,
}: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (!orderId) {
    return
  }
  try {
    await syncOrderWarrantiesWorkflow(container).run({
      input: { order_id: orderId, audit: SYSTEM_AUDIT_CONTEXT },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `aftersales: could not register warranties of order ${orderId} (${event.name}): ${error.message} (the backfill picks it up later)`
      )
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.fulfillment_created"],
  context: { subscriberId: "aftersales-warranty-order-registrations" },
}
