import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_PROFILE_RECOMPUTE_REQUESTED_EVENT } from "../lib/events"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import HelpdeskModuleService from "../modules/helpdesk/service"
import { runCustomerProfileRecompute } from "../workflows/helpdesk/run-customer-profile-recompute"

/** Does the work of a recompute run an admin started (`POST /admin/customer-service-profiles/recompute`). */
export default async function runRequestedCustomerProfileRecompute({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const run = await helpdesk.retrieveCustomerProfileRecomputeRun(event.data.id)
  try {
    await runCustomerProfileRecompute(container, run.id, {
      audit: { actor_type: "user", actor_id: run.started_by },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`aftersales: recompute of customer profiles ${run.id} failed: ${error.message}`)
  }
}

export const config: SubscriberConfig = {
  event: CUSTOMER_PROFILE_RECOMPUTE_REQUESTED_EVENT,
  context: { subscriberId: "aftersales-run-customer-profile-recompute" },
}
