import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService, {
  RepairPipelineRecord,
  repairPipelineDefinitionOf,
} from "../../../modules/repair/service"

/** A pipeline as the API shows it, with the number of repair orders per stage. */
export async function presentRepairPipeline(repair: RepairModuleService, pipeline: RepairPipelineRecord) {
  const definition = repairPipelineDefinitionOf(pipeline)
  return {
    id: pipeline.id,
    key: pipeline.key,
    name: pipeline.name,
    is_default: pipeline.is_default,
    definition: { stages: definition.stages, transitions: definition.transitions },
    counts_by_stage: await repair.countRepairOrdersByStage(pipeline.key),
    created_at: pipeline.created_at,
    updated_at: pipeline.updated_at,
  }
}

export { REPAIR_MODULE }
