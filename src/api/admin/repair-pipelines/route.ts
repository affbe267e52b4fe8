import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import RepairModuleService from "../../../modules/repair/service"
import { presentRepairPipeline, REPAIR_MODULE } from "./helpers"

/** The repair pipelines (the default one is created on first use), with counts per stage. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const repair: RepairModuleService = req.scope.resolve(REPAIR_MODULE)
  await repair.ensureDefaultRepairPipeline()
  const pipelines = await repair.listRepairPipelines({}, { order: { created_at: "ASC" }, take: 100 })
  const repair_pipelines = await Promise.all(
    pipelines.map((pipeline) => presentRepairPipeline(repair, pipeline))
  )
  res.json({ repair_pipelines, count: repair_pipelines.length, offset: 0, limit: 100 })
}
