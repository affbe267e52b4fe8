import { validatePipeline } from "./pipeline"
import type { PipelineDefinition, PipelineStage, StageCategory } from "./types"

/**
 * Outcome of {@link planPipelineChange}. `migration` maps each removed stage
 * key to the new stage its items must be moved to.
 */
export type PipelineChangePlan =
  | { readonly ok: true; readonly migration: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly errors: readonly string[] }

// Categories tried, in order, when a removed stage is mapped automatically.
// Unfinished items never move to a finished category and finished items never
// move back, so a migration cannot silently close or reopen anything.
const TARGET_CATEGORIES: Readonly<Record<StageCategory, readonly StageCategory[]>> = {
  new: ["new", "open", "waiting"],
  open: ["open", "new", "waiting"],
  waiting: ["waiting", "open", "new"],
  resolved: ["resolved", "closed"],
  closed: ["closed"],
  canceled: ["canceled"],
}

/**
 * Plans replacing `current` with `next` so no item is stranded in a removed
 * stage. A stage is removed when `current` has it (or `countsByStage` holds
 * items for it) but `next` does not. Each removed stage goes to its entry in
 * `mapping` if given, otherwise to a `next` stage of the nearest category.
 * The plan fails if `next` is invalid, if a mapping is unusable, or if a
 * removed stage that still holds items has no target.
 */
export function planPipelineChange(
  current: PipelineDefinition,
  next: PipelineDefinition,
  countsByStage: Readonly<Record<string, number>>,
  mapping: Readonly<Record<string, string>> = {}
): PipelineChangePlan {
  const errors = validatePipeline(next)
  const nextKeys = new Set(next.stages.map((stage) => stage.key))
  const currentStages = new Map(current.stages.map((stage) => [stage.key, stage]))
  const removedKeys = [
    ...new Set([
      ...currentStages.keys(),
      ...Object.keys(countsByStage).filter((key) => countsByStage[key] > 0),
    ]),
  ].filter((key) => !nextKeys.has(key))

  for (const key of Object.keys(mapping)) {
    if (nextKeys.has(key)) {
      errors.push(
        `Stage "${key}" still exists in the new pipeline; only removed stages can be mapped.`
      )
    } else if (!removedKeys.includes(key)) {
      errors.push(`Mapping names stage "${key}", which is not a stage of the current pipeline.`)
    }
  }

  const migration: Record<string, string> = {}
  for (const key of removedKeys) {
    const itemCount = countsByStage[key] ?? 0
    const explicitTarget = mapping[key]
    if (explicitTarget !== undefined) {
      if (nextKeys.has(explicitTarget)) {
        migration[key] = explicitTarget
      } else {
        errors.push(
          `Removed stage "${key}" is mapped to "${explicitTarget}", which is not a stage of the new pipeline.`
        )
      }
      continue
    }
    const removedStage = currentStages.get(key)
    const target = removedStage && nearestStage(removedStage, next)
    if (target) {
      migration[key] = target.key
    } else if (itemCount > 0) {
      errors.push(
        removedStage
          ? `Removed stage "${key}" still holds ${itemCount} item(s) and the new pipeline has no ${TARGET_CATEGORIES[removedStage.category].join(" or ")} stage to move them to; map it to a stage explicitly.`
          : `Stage "${key}" holds ${itemCount} item(s) but exists in neither pipeline; map it to a stage explicitly.`
      )
    }
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, migration }
}

function nearestStage(
  removed: PipelineStage,
  next: PipelineDefinition
): PipelineStage | undefined {
  for (const category of TARGET_CATEGORIES[removed.category]) {
    const candidates = next.stages.filter((stage) => stage.category === category)
    const target = candidates.find((stage) => stage.sla === removed.sla) ?? candidates[0]
    if (target) {
      return target
    }
  }
  return undefined
}
