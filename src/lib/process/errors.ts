/** Base class of every error thrown by the process pipeline library. */
export class PipelineError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** A stage key that the pipeline does not define. */
export class UnknownStageError extends PipelineError {
  constructor(
    readonly pipeline: string,
    readonly stage: string
  ) {
    super(`Pipeline "${pipeline}" has no stage "${stage}".`)
  }
}

/** A pipeline definition that fails validation. */
export class InvalidPipelineError extends PipelineError {
  constructor(
    readonly pipeline: string,
    readonly problems: readonly string[]
  ) {
    super(`Pipeline "${pipeline}" is invalid: ${problems.join(" ")}`)
  }
}

/** A move between two existing stages that the pipeline does not permit. */
export class TransitionNotAllowedError extends PipelineError {
  constructor(
    readonly pipeline: string,
    readonly from: string,
    readonly to: string,
    readonly allowed: readonly string[]
  ) {
    const targets = allowed.length
      ? `allowed targets: ${allowed.map((key) => `"${key}"`).join(", ")}`
      : "no transitions leave that stage"
    super(
      `Pipeline "${pipeline}" does not allow moving from "${from}" to "${to}" (${targets}).`
    )
  }
}
