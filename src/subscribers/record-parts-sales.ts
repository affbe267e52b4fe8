import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { recordFulfilmentPartsSalesWorkflow } from "../workflows/spare-parts/workflows/record-parts-sales"

/** Records the spare parts a host fulfilment shipped as sale rows in the ledger (idempotent). */
export default async function recordPartsSales({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  try {
    await recordFulfilmentPartsSalesWorkflow(container).run({
      input: {
        order_id: event.data.order_id,
        fulfillment_id: event.data.fulfillment_id,
        audit: SYSTEM_AUDIT_CONTEXT,
      },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `aftersales: could not record parts sales of fulfilment ${event.data.fulfillment_id}: ${error.message} (the backfill picks it up later)`
      )
  }
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_created",
  context: { subscriberId: "aftersales-record-parts-sales" },
}
