import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairLifecycleTimestamps, requiresOutcome } from "../../../lib/repair/lifecycle"
import { PipelineError } from "../../../lib/process/errors"
import { assertTransition, getStage } from "../../../lib/process/pipeline"
import type { StageCategory } from "../../../lib/process/types"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService, {
  REPAIR_ORDER_VERSION_CONFLICT,
  repairPipelineDefinitionOf,
} from "../../../modules/repair/service"

export type PrepareRepairTransitionInput = {
  id: string
  to_stage: string
  expected_version?: number
  /** Result of the repair; required to reach `completed` unless already set. */
  outcome?: string | null
  resolution_notes?: string | null
  /** Further fields changed together with the stage (quality check results and the like). */
  extra_changes?: Record<string, unknown> | null
}

export type PreparedRepairTransition = {
  id: string
  number: string
  technician_id: string | null
  expected_version: number
  changes: Record<string, unknown>
  from: { stage: string; category: StageCategory }
  to: { stage: string; category: StageCategory }
  transition_name: string | null
  outcome: string | null
}

/**
 * Decides a stage change: the order must still have the caller's version (409), the move
 * must be a transition of its pipeline (400 naming the allowed targets) and completing needs
 * an outcome. Adds the life-cycle times the target stage sets.
 */
export const prepareRepairTransitionStep = createStep(
  "prepare-repair-order-transition",
  async (input: PrepareRepairTransitionInput, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const order = await repair.retrieveRepairOrder(input.id)
    if (input.expected_version !== undefined && input.expected_version !== order.version) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Repair order ${order.number} was changed by someone else (it is at version ${order.version}, you sent ${input.expected_version}). Reload it and try again.`,
        REPAIR_ORDER_VERSION_CONFLICT
      )
    }
    const definition = repairPipelineDefinitionOf(
      await repair.getRepairPipelineByKey(order.pipeline_key)
    )
    let transitionName: string | null = null
    try {
      transitionName = assertTransition(definition, order.stage, input.to_stage).name ?? null
    } catch (error) {
      if (error instanceof PipelineError) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
      }
      throw error
    }
    const target = getStage(definition, input.to_stage)
    const outcome = input.outcome ?? (order.outcome as string | null) ?? null
    if (requiresOutcome(target) && !outcome) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Repair order ${order.number} needs an outcome (repaired, replaced, no fault found or beyond economical repair) to be completed.`
      )
    }
    const prepared: PreparedRepairTransition = {
      id: order.id,
      number: order.number,
      technician_id: order.technician_id ?? null,
      expected_version: order.version,
      changes: {
        ...(input.extra_changes ?? {}),
        stage: target.key,
        stage_category: target.category,
        ...repairLifecycleTimestamps(order as any, target, new Date()),
        ...(input.outcome && { outcome: input.outcome }),
        ...(input.resolution_notes !== undefined &&
          input.resolution_notes !== null && { resolution_notes: input.resolution_notes }),
      },
      from: { stage: order.stage, category: order.stage_category as StageCategory },
      to: { stage: target.key, category: target.category },
      transition_name: transitionName,
      outcome: requiresOutcome(target) ? outcome : null,
    }
    return new StepResponse(prepared)
  }
)
