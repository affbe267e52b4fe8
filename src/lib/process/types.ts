/**
 * Where a stage sits in the life cycle of an item. Reporting, SLA handling and
 * pipeline migrations rely on the category, never on stage keys.
 * `closed` and `canceled` are terminal: no work is expected on the item.
 */
export type StageCategory =
  | "new"
  | "open"
  | "waiting"
  | "resolved"
  | "closed"
  | "canceled"

/** Whether the SLA clock runs while an item sits in a stage. */
export type StageSlaMode = "running" | "paused"

/** One stage of a pipeline. */
export interface PipelineStage {
  readonly key: string
  readonly name: string
  readonly category: StageCategory
  readonly sla: StageSlaMode
  /** Exactly one stage per pipeline is the stage new items start in. */
  readonly is_initial?: boolean
}

/**
 * A permitted move between two stages. `from: "*"` stands for every
 * non-terminal stage except `to` itself; an explicit transition between the
 * same two stages takes precedence over the wildcard.
 */
export interface PipelineTransition {
  readonly from: string
  readonly to: string
  readonly name?: string
  /** Guard names (permissions, required fields, ...) checked by the caller; opaque to this library. */
  readonly requires?: readonly string[]
}

/** A process pipeline shared by service tickets, complaints and repair orders. */
export interface PipelineDefinition {
  readonly key: string
  readonly name: string
  readonly stages: readonly PipelineStage[]
  readonly transitions: readonly PipelineTransition[]
}

/** A transition out of one concrete stage, with the wildcard resolved. */
export interface AvailableTransition {
  readonly from: string
  readonly to: string
  readonly name?: string
  readonly requires: readonly string[]
}
