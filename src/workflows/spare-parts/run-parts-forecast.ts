import type { MedusaContainer } from "@medusajs/framework/types"
import { SPARE_PARTS_MODULE } from "../../modules/spare-parts"
import SparePartsModuleService from "../../modules/spare-parts/service"
import { AuditContext } from "../audit/types"
import { forecastSparePartsWorkflow } from "./workflows/forecast-spare-parts"

/**
 * Forecasts every active part under a parts run (nightly job, admin "forecast all"), with
 * progress on the run; the run ends succeeded or failed with the error.
 */
export async function runPartsForecast(
  container: MedusaContainer,
  runId: string,
  options: { audit: AuditContext; now?: string | null }
) {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  try {
    const { result } = await forecastSparePartsWorkflow(container).run({
      input: { run_id: runId, now: options.now ?? null, audit: options.audit },
    })
    return await spareParts.updatePartsRuns({
      id: runId,
      status: "succeeded",
      processed: result.parts,
      total: result.parts,
      changed: result.forecasts,
      finished_at: new Date(),
    })
  } catch (error) {
    await spareParts.updatePartsRuns({
      id: runId,
      status: "failed",
      error: error.message,
      finished_at: new Date(),
    })
    throw error
  }
}
