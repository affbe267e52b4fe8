import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { runPartsForecast } from "../workflows/spare-parts/run-parts-forecast"
import { startPartsRunWorkflow } from "../workflows/spare-parts/workflows/start-parts-run"

/**
 * Nightly: forecasts every active spare part from its demand history, stores the forecasts
 * and updates the reorder policies that follow them. Skipped while a forecast run is going.
 */
export default async function forecastSpareParts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let runId: string
  try {
    const { result } = await startPartsRunWorkflow(container).run({
      input: { kind: "forecast", trigger: "nightly", in_background: false, audit: SYSTEM_AUDIT_CONTEXT },
    })
    runId = result.id
  } catch (error) {
    if (error.type === MedusaError.Types.CONFLICT) {
      logger.info(`aftersales: nightly spare-part forecast skipped: ${error.message}`)
      return
    }
    throw error
  }
  const run = await runPartsForecast(container, runId, { audit: SYSTEM_AUDIT_CONTEXT })
  logger.info(`aftersales: nightly spare-part forecast: ${run.processed} parts, ${run.changed} forecasts stored`)
}

export const config = {
  name: "aftersales-forecast-spare-parts",
  schedule: "15 3 * * *",
}
