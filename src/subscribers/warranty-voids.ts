import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { voidWarrantyRegistrationsWorkflow } from "../workflows/warranty/workflows/order-registrations"

/**
 * A canceled order voids every warranty unit of it (`order_canceled`); a received return voids
 * as many units of each returned line as were returned, newest unit first (`returned`).
 */
export default async function warrantyVoids({
  event,
  container,
}: SubscriberArgs<{ id?: string; order_id?: string; return_id?: string }>) {
  const returned = event.name === "order.return_received"
  const orderId = returned ? event.data.order_id : event.data.id ?? event.data.order_id
  if (!orderId) {
    return
  }
  try {
    await voidWarrantyRegistrationsWorkflow(container).run({
      input: {
        order_id: orderId,
        returns: returned,
        reason: returned ? "returned" : "order_canceled",
        audit: SYSTEM_AUDIT_CONTEXT,
      },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`aftersales: could not void warranties of order ${orderId} (${event.name}): ${error.message}`)
  }
}

export const config: SubscriberConfig = {
  event: ["order.canceled", "order.return_received"],
  context: { subscriberId: "aftersales-warranty-voids" },
}
