import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import RepairModuleService from "../../../../modules/repair/service"
import { updateRepairPipelineWorkflow } from "../../../../workflows/repair/workflows/update-repair-pipeline"
import { auditContextFrom } from "../../../utils/audit-context"
import { presentRepairPipeline, REPAIR_MODULE } from "../helpers"
import { AdminUpdateRepairPipelineType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const repair: RepairModuleService = req.scope.resolve(REPAIR_MODULE)
  const pipeline = await repair.getRepairPipelineByKey(req.params.key)
  res.json({ repair_pipeline: await presentRepairPipeline(repair, pipeline) })
}

/**
 * Changes a pipeline's name or definition. The definition must be valid and repair orders
 * in removed stages move to `stage_mapping` or the nearest stage of the same kind (400 when
 * some would be stranded).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateRepairPipelineType>,
  res: MedusaResponse
) => {
  const { result } = await updateRepairPipelineWorkflow(req.scope).run({
    input: {
      pipeline: { key: req.params.key, ...(req.validatedBody as any) },
      audit: auditContextFrom(req),
    },
  })
  const repair: RepairModuleService = req.scope.resolve(REPAIR_MODULE)
  res.json({ repair_pipeline: await presentRepairPipeline(repair, result) })
}
