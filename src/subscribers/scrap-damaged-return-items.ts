import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { openScrapRequestsForReturnWorkflow } from "../workflows/spare-parts/workflows/scrap-requests"

/** Opens scrap requests for spare parts received as damaged on a host return. */
export default async function scrapDamagedReturnItems({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  try {
    await openScrapRequestsForReturnWorkflow(container).run({
      input: { order_id: event.data.order_id, return_id: event.data.return_id, audit: SYSTEM_AUDIT_CONTEXT },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`aftersales: could not open scrap requests for return ${event.data.return_id}: ${error.message}`)
  }
}

export const config: SubscriberConfig = {
  event: "order.return_received",
  context: { subscriberId: "aftersales-scrap-damaged-return-items" },
}
