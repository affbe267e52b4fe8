import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PARTS_RUN_REQUESTED_EVENT } from "../lib/events"
import { SPARE_PARTS_MODULE } from "../modules/spare-parts"
import SparePartsModuleService from "../modules/spare-parts/service"
import { runPartsForecast } from "../workflows/spare-parts/run-parts-forecast"
import { runPartsSalesBackfill } from "../workflows/spare-parts/run-parts-sales-backfill"

/** Does the work of a parts run an admin started (sales backfill or forecast all). */
export default async function runRequestedPartsRun({ event, container }: SubscriberArgs<{ id: string }>) {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const run = await spareParts.retrievePartsRun(event.data.id)
  const audit = { actor_type: "user" as const, actor_id: run.started_by }
  try {
    if (run.kind === "sales_backfill") {
      await runPartsSalesBackfill(container, run.id, { audit })
    } else {
      await runPartsForecast(container, run.id, { audit })
    }
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`aftersales: parts run ${run.id} (${run.kind}) failed: ${error.message}`)
  }
}

export const config: SubscriberConfig = {
  event: PARTS_RUN_REQUESTED_EVENT,
  context: { subscriberId: "aftersales-run-parts-run" },
}
