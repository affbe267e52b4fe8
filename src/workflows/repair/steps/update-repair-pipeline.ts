import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validatePipeline } from "../../../lib/process/pipeline"
import { planPipelineChange } from "../../../lib/process/pipeline-change"
import type { PipelineStage, PipelineTransition, StageCategory } from "../../../lib/process/types"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService, {
  RepairPipelineRecord,
  repairPipelineDefinitionOf,
  RepairStageSnapshot,
} from "../../../modules/repair/service"

export type UpdateRepairPipelineInput = {
  key: string
  name?: string
  definition?: { stages: PipelineStage[]; transitions: PipelineTransition[] }
  /** Removed stage key -> stage key of the new definition, for orders in removed stages. */
  stage_mapping?: Record<string, string>
}

export type UpdatedRepairPipeline = {
  before: RepairPipelineRecord
  after: RepairPipelineRecord
  moved: RepairStageSnapshot[]
  migration: Record<string, string>
}

/**
 * Changes a repair pipeline safely: the new definition must be valid and no repair order
 * may be stranded (planPipelineChange: orders in removed stages move to the mapping or the
 * nearest stage of the same kind, in the same step). A failing plan is a 400.
 */
export const updateRepairPipelineStep = createStep(
  "update-repair-pipeline",
  async (input: UpdateRepairPipelineInput, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const before = await repair.getRepairPipelineByKey(input.key)
    const name = input.name ?? before.name
    if (input.stage_mapping && !input.definition) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "stage_mapping only applies together with a new definition."
      )
    }
    let migration: Record<string, string> = {}
    let categories: Record<string, StageCategory> = {}
    if (input.definition) {
      const problems = validatePipeline({ key: before.key, name, ...input.definition })
      if (problems.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Pipeline "${before.key}" is invalid: ${problems.join(" ")}`
        )
      }
      const counts = await repair.countRepairOrdersByStage(before.key)
      const plan = planPipelineChange(
        repairPipelineDefinitionOf(before),
        { key: before.key, name, ...input.definition },
        counts,
        input.stage_mapping ?? {}
      )
      if (!plan.ok) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The pipeline change would strand repair orders: ${plan.errors.join(" ")}`
        )
      }
      migration = { ...plan.migration }
      categories = Object.fromEntries(input.definition.stages.map((stage) => [stage.key, stage.category]))
    }
    const after = await repair.updateRepairPipelines({
      id: before.id,
      name,
      ...(input.definition && {
        definition: { stages: input.definition.stages, transitions: input.definition.transitions },
      }),
    } as any)
    let moved: RepairStageSnapshot[] = []
    try {
      if (input.definition) {
        moved = await repair.applyPipelineToRepairOrders(before.key, migration, categories)
      }
    } catch (error) {
      await repair.updateRepairPipelines({ id: before.id, name: before.name, definition: before.definition } as any)
      throw error
    }
    const result: UpdatedRepairPipeline = { before, after, moved, migration }
    return new StepResponse(result, {
      restore: { id: before.id, name: before.name, definition: before.definition },
      moved,
    })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.restoreRepairOrderStages(compensation.moved)
    await repair.updateRepairPipelines(compensation.restore as any)
  }
)
