import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { recomputeCustomerServiceProfiles } from "../workflows/helpdesk/run-customer-profile-recompute"

/**
 * A new customer, a placed or a canceled order: reclassify that customer. One customer at a
 * time (lock), so of two orders placed in quick succession the later run sees both.
 */
export default async function recomputeCustomerServiceProfile({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  let customerId: string | null = event.data.id
  if (event.name.startsWith("order.")) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id"],
      filters: { id: event.data.id },
    })
    customerId = orders[0]?.customer_id ?? null
  }
  if (!customerId) {
    return
  }
  const locking = container.resolve(Modules.LOCKING)
  await locking.execute(
    `aftersales-customer-service-profile:${customerId}`,
    () => recomputeCustomerServiceProfiles(container, [customerId!], SYSTEM_AUDIT_CONTEXT),
    { timeout: 30 }
  )
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", "customer.created"],
  context: { subscriberId: "aftersales-recompute-customer-service-profile" },
}
