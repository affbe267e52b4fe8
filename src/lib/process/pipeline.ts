import {
  InvalidPipelineError,
  TransitionNotAllowedError,
  UnknownStageError,
} from "./errors"
import type {
  AvailableTransition,
  PipelineDefinition,
  PipelineStage,
  PipelineTransition,
  StageCategory,
} from "./types"

/** `from` value of a transition that applies to every non-terminal stage. */
export const ANY_STAGE = "*"

/** All stage categories in life-cycle order. */
export const STAGE_CATEGORIES: readonly StageCategory[] = [
  "new",
  "open",
  "waiting",
  "resolved",
  "closed",
  "canceled",
]

const KEY_PATTERN = /^[a-z][a-z0-9_]*$/
const KEY_RULE =
  "must be snake_case (lowercase letters, digits and underscores, starting with a letter)"

/** Whether items in a stage of this category are finished (`closed` or `canceled`). */
export function isTerminalCategory(category: StageCategory): boolean {
  return category === "closed" || category === "canceled"
}

/**
 * Checks a pipeline definition and returns one message per problem; an empty
 * list means the definition is valid. Run it before saving a definition: the
 * query functions of this module assume a valid one.
 */
export function validatePipeline(definition: PipelineDefinition): string[] {
  const problems: string[] = []
  if (typeof definition.key !== "string" || !KEY_PATTERN.test(definition.key)) {
    problems.push(`Pipeline key "${definition.key}" ${KEY_RULE}.`)
  }
  if (typeof definition.name !== "string" || !definition.name.trim()) {
    problems.push(`Pipeline "${definition.key}" has no name.`)
  }
  if (!Array.isArray(definition.stages) || definition.stages.length === 0) {
    problems.push(`Pipeline "${definition.key}" has no stages.`)
    return problems
  }
  if (!Array.isArray(definition.transitions)) {
    problems.push(`Pipeline "${definition.key}" has no transitions list.`)
    return problems
  }

  const stages = new Map<string, PipelineStage>()
  for (const stage of definition.stages) {
    problems.push(...validateStage(stage))
    if (stages.has(stage.key)) {
      problems.push(`Stage key "${stage.key}" is used by more than one stage.`)
    } else {
      stages.set(stage.key, stage)
    }
  }

  const initialStages = definition.stages.filter((stage) => stage.is_initial === true)
  if (initialStages.length === 0) {
    problems.push("No stage is marked as the initial stage (is_initial).")
  } else if (initialStages.length > 1) {
    problems.push(
      `Only one stage may be initial, but ${quoteList(initialStages.map((s) => s.key))} are.`
    )
  } else if (isTerminalCategory(initialStages[0].category)) {
    problems.push(
      `Initial stage "${initialStages[0].key}" is ${initialStages[0].category}; new items must start in an unfinished stage.`
    )
  }

  const terminalStages = [...stages.values()].filter((stage) =>
    isTerminalCategory(stage.category)
  )
  if (terminalStages.length === 0) {
    problems.push("No stage is closed or canceled, so items could never be finished.")
  }

  problems.push(...validateTransitions(definition.transitions, stages))

  const successors = new Map(
    [...stages.values()].map((stage) => [
      stage.key,
      transitionsOutOf(definition, stage)
        .map((transition) => transition.to)
        .filter((key) => stages.has(key)),
    ])
  )

  if (initialStages.length === 1) {
    const initialKey = initialStages[0].key
    const reachable = collectReachable([initialKey], (key) => successors.get(key) ?? [])
    for (const stage of stages.values()) {
      if (!reachable.has(stage.key)) {
        problems.push(
          `Stage "${stage.key}" (${stage.category}) cannot be reached from the initial stage "${initialKey}".`
        )
      }
    }
  }

  if (terminalStages.length > 0) {
    const predecessors = new Map<string, string[]>()
    for (const [from, targets] of successors) {
      for (const to of targets) {
        predecessors.set(to, [...(predecessors.get(to) ?? []), from])
      }
    }
    const canFinish = collectReachable(
      terminalStages.map((stage) => stage.key),
      (key) => predecessors.get(key) ?? []
    )
    for (const stage of stages.values()) {
      if (!canFinish.has(stage.key)) {
        problems.push(
          `Stage "${stage.key}" has no path to a closed or canceled stage, so its items could never be finished.`
        )
      }
    }
  }

  return problems
}

/**
 * Throws an {@link InvalidPipelineError} listing every problem found by
 * {@link validatePipeline}.
 */
export function assertValidPipeline(definition: PipelineDefinition): void {
  const problems = validatePipeline(definition)
  if (problems.length > 0) {
    throw new InvalidPipelineError(definition.key, problems)
  }
}

/** The stage with the given key; throws an {@link UnknownStageError} if there is none. */
export function getStage(definition: PipelineDefinition, key: string): PipelineStage {
  const stage = definition.stages.find((candidate) => candidate.key === key)
  if (!stage) {
    throw new UnknownStageError(definition.key, key)
  }
  return stage
}

/** The stage new items start in; throws an {@link InvalidPipelineError} unless exactly one stage is initial. */
export function initialStage(definition: PipelineDefinition): PipelineStage {
  const initialStages = definition.stages.filter((stage) => stage.is_initial === true)
  if (initialStages.length !== 1) {
    throw new InvalidPipelineError(definition.key, [
      `Expected exactly one initial stage, found ${initialStages.length}.`,
    ])
  }
  return initialStages[0]
}

/**
 * Transitions leaving `fromStage`, in definition order, with wildcard
 * transitions resolved. Throws an {@link UnknownStageError} for an unknown stage.
 */
export function allowedTransitions(
  definition: PipelineDefinition,
  fromStage: string
): AvailableTransition[] {
  return transitionsOutOf(definition, getStage(definition, fromStage))
}

/**
 * The transition from `from` to `to`, including its guards (`requires`), or
 * undefined when the move is not permitted or a stage is unknown.
 */
export function findTransition(
  definition: PipelineDefinition,
  from: string,
  to: string
): AvailableTransition | undefined {
  const fromStage = definition.stages.find((stage) => stage.key === from)
  if (!fromStage || !definition.stages.some((stage) => stage.key === to)) {
    return undefined
  }
  return transitionsOutOf(definition, fromStage).find((transition) => transition.to === to)
}

/** Whether the pipeline permits moving an item from `from` to `to`; never throws. */
export function canTransition(
  definition: PipelineDefinition,
  from: string,
  to: string
): boolean {
  return findTransition(definition, from, to) !== undefined
}

/**
 * Returns the transition from `from` to `to` so the caller can check its
 * guards. Throws an {@link UnknownStageError} if either stage does not exist
 * and a {@link TransitionNotAllowedError} naming the allowed targets if the
 * move is not permitted.
 */
export function assertTransition(
  definition: PipelineDefinition,
  from: string,
  to: string
): AvailableTransition {
  const available = allowedTransitions(definition, from)
  getStage(definition, to)
  const transition = available.find((candidate) => candidate.to === to)
  if (!transition) {
    throw new TransitionNotAllowedError(
      definition.key,
      from,
      to,
      available.map((candidate) => candidate.to)
    )
  }
  return transition
}

/** Whether items in the stage are finished (closed or canceled category). */
export function isTerminal(definition: PipelineDefinition, stage: string): boolean {
  return isTerminalCategory(getStage(definition, stage).category)
}

/** Whether the SLA clock runs while an item sits in the stage. */
export function slaRunning(definition: PipelineDefinition, stage: string): boolean {
  return getStage(definition, stage).sla === "running"
}

function transitionsOutOf(
  definition: PipelineDefinition,
  from: PipelineStage
): AvailableTransition[] {
  const explicitTargets = new Set(
    definition.transitions
      .filter((transition) => transition.from === from.key)
      .map((transition) => transition.to)
  )
  const acceptsWildcard = !isTerminalCategory(from.category)
  return definition.transitions
    .filter(
      (transition) =>
        transition.from === from.key ||
        (transition.from === ANY_STAGE &&
          acceptsWildcard &&
          transition.to !== from.key &&
          !explicitTargets.has(transition.to))
    )
    .map((transition) => ({
      from: from.key,
      to: transition.to,
      ...(transition.name !== undefined && { name: transition.name }),
      requires: transition.requires ?? [],
    }))
}

function validateStage(stage: PipelineStage): string[] {
  const problems: string[] = []
  const label = `Stage "${stage.key}"`
  if (typeof stage.key !== "string" || !KEY_PATTERN.test(stage.key)) {
    problems.push(`${label}: key ${KEY_RULE}.`)
  }
  if (typeof stage.name !== "string" || !stage.name.trim()) {
    problems.push(`${label} has no name.`)
  }
  if (!STAGE_CATEGORIES.includes(stage.category)) {
    problems.push(
      `${label} has category "${stage.category}"; expected one of ${quoteList(STAGE_CATEGORIES)}.`
    )
  }
  if (stage.sla !== "running" && stage.sla !== "paused") {
    problems.push(`${label} has SLA mode "${stage.sla}"; expected "running" or "paused".`)
  } else if (stage.sla === "running" && isTerminalCategory(stage.category)) {
    problems.push(`${label} is ${stage.category}, so its SLA must be "paused", not "running".`)
  }
  return problems
}

function validateTransitions(
  transitions: readonly PipelineTransition[],
  stages: ReadonlyMap<string, PipelineStage>
): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const transition of transitions) {
    const label = `Transition "${transition.from}" -> "${transition.to}"`
    if (transition.from !== ANY_STAGE && !stages.has(transition.from)) {
      problems.push(`${label} starts at unknown stage "${transition.from}".`)
    }
    if (!stages.has(transition.to)) {
      problems.push(`${label} leads to unknown stage "${transition.to}".`)
    }
    if (transition.from === transition.to) {
      problems.push(`${label} leads back to its own stage.`)
    }
    const pair = `${transition.from}\u0000${transition.to}`
    if (seen.has(pair)) {
      problems.push(`${label} is defined more than once.`)
    }
    seen.add(pair)
    if (
      transition.requires !== undefined &&
      (!Array.isArray(transition.requires) ||
        transition.requires.some((guard) => typeof guard !== "string" || !guard.trim()))
    ) {
      problems.push(`${label}: "requires" must be a list of non-empty guard names.`)
    }
  }
  return problems
}

function collectReachable(
  start: readonly string[],
  next: (key: string) => readonly string[]
): Set<string> {
  const reached = new Set(start)
  const queue = [...start]
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const neighbour of next(key)) {
      if (!reached.has(neighbour)) {
        reached.add(neighbour)
        queue.push(neighbour)
      }
    }
  }
  return reached
}

function quoteList(keys: readonly string[]): string {
  return keys.map((key) => `"${key}"`).join(", ")
}
