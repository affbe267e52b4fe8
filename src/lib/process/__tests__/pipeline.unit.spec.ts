import {
  ANY_STAGE,
  InvalidPipelineError,
  PipelineError,
  TransitionNotAllowedError,
  UnknownStageError,
  allowedTransitions,
  assertTransition,
  assertValidPipeline,
  canTransition,
  findTransition,
  getStage,
  initialStage,
  isTerminal,
  slaRunning,
  validatePipeline,
} from ".."
import type { PipelineDefinition, PipelineStage, PipelineTransition } from ".."

const simplePipeline = (
  overrides: {
    stages?: PipelineStage[]
    transitions?: PipelineTransition[]
  } = {}
): PipelineDefinition => ({
  key: "simple",
  name: "Simple",
  stages: overrides.stages ?? [
    { key: "open", name: "Open", category: "new", sla: "running", is_initial: true },
    { key: "working", name: "Working", category: "open", sla: "running" },
    { key: "done", name: "Done", category: "closed", sla: "paused" },
    { key: "dropped", name: "Dropped", category: "canceled", sla: "paused" },
  ],
  transitions: overrides.transitions ?? [
    { from: "open", to: "working" },
    { from: "working", to: "done", name: "Finish", requires: ["tickets.close"] },
    { from: ANY_STAGE, to: "dropped", name: "Drop" },
  ],
})

describe("validatePipeline", () => {
  it("accepts a valid pipeline", () => {
    expect(validatePipeline(simplePipeline())).toEqual([])
  })

  it("reports transitions that name unknown stages", () => {
    const problems = validatePipeline(
      simplePipeline({
        transitions: [...simplePipeline().transitions, { from: "ghost", to: "done" }, { from: "working", to: "limbo" }],
      })
    )
    expect(problems).toEqual([
      'Transition "ghost" -> "done" starts at unknown stage "ghost".',
      'Transition "working" -> "limbo" leads to unknown stage "limbo".',
    ])
  })

  it("reports duplicate stage keys", () => {
    const [open, working, done, dropped] = simplePipeline().stages
    expect(
      validatePipeline(simplePipeline({ stages: [open, working, { ...working, name: "Again" }, done, dropped] }))
    ).toEqual(['Stage key "working" is used by more than one stage.'])
  })

  it("requires exactly one unfinished initial stage", () => {
    const [open, working, done, dropped] = simplePipeline().stages
    expect(validatePipeline(simplePipeline({ stages: [{ ...open, is_initial: false }, working, done, dropped] })))
      .toContain("No stage is marked as the initial stage (is_initial).")
    expect(
      validatePipeline(simplePipeline({ stages: [open, { ...working, is_initial: true }, done, dropped] }))
    ).toEqual(['Only one stage may be initial, but "open", "working" are.'])
    expect(
      validatePipeline(
        simplePipeline({ stages: [{ ...open, is_initial: false }, working, { ...done, is_initial: true }, dropped] })
      )
    ).toContain('Initial stage "done" is closed; new items must start in an unfinished stage.')
  })

  it("reports stages that cannot be reached from the initial stage", () => {
    const problems = validatePipeline(
      simplePipeline({
        transitions: [
          { from: "open", to: "working" },
          { from: "working", to: "done" },
        ],
      })
    )
    expect(problems).toEqual([
      'Stage "dropped" (canceled) cannot be reached from the initial stage "open".',
    ])
  })

  it("reports stages whose items could never be finished", () => {
    const stages = [
      ...simplePipeline().stages,
      { key: "limbo", name: "Limbo", category: "waiting", sla: "paused" } as const,
    ]
    const problems = validatePipeline(
      simplePipeline({
        stages,
        transitions: [
          { from: "open", to: "working" },
          { from: "open", to: "limbo" },
          { from: "working", to: "done" },
          { from: "working", to: "dropped" },
        ],
      })
    )
    expect(problems).toEqual([
      'Stage "limbo" has no path to a closed or canceled stage, so its items could never be finished.',
    ])
  })

  it("requires a closed or canceled stage", () => {
    const [open, working] = simplePipeline().stages
    expect(
      validatePipeline(simplePipeline({ stages: [open, working], transitions: [{ from: "open", to: "working" }] }))
    ).toEqual([
      "No stage is closed or canceled, so items could never be finished.",
    ])
  })

  it("checks keys, names, categories and SLA modes", () => {
    const [open, working, done, dropped] = simplePipeline().stages
    const problems = validatePipeline({
      ...simplePipeline({
        stages: [
          open,
          { ...working, category: "busy" as never, name: " " },
          { ...done, sla: "running" },
          { ...dropped, sla: "stopped" as never },
        ],
      }),
      key: "Bad Key",
    })
    expect(problems).toEqual([
      'Pipeline key "Bad Key" must be snake_case (lowercase letters, digits and underscores, starting with a letter).',
      'Stage "working" has no name.',
      'Stage "working" has category "busy"; expected one of "new", "open", "waiting", "resolved", "closed", "canceled".',
      'Stage "done" is closed, so its SLA must be "paused", not "running".',
      'Stage "dropped" has SLA mode "stopped"; expected "running" or "paused".',
    ])
  })

  it("reports self, duplicate and malformed transitions", () => {
    const problems = validatePipeline(
      simplePipeline({
        transitions: [
          ...simplePipeline().transitions,
          { from: "working", to: "working" },
          { from: "open", to: "working" },
          { from: "working", to: "dropped", requires: [""] },
        ],
      })
    )
    expect(problems).toEqual([
      'Transition "working" -> "working" leads back to its own stage.',
      'Transition "open" -> "working" is defined more than once.',
      'Transition "working" -> "dropped": "requires" must be a list of non-empty guard names.',
    ])
  })

  it("reports a pipeline without stages", () => {
    expect(validatePipeline({ key: "empty", name: "Empty", stages: [], transitions: [] })).toEqual([
      'Pipeline "empty" has no stages.',
    ])
  })

  it("assertValidPipeline throws all problems at once", () => {
    const invalid = simplePipeline({ transitions: [] })
    expect(() => assertValidPipeline(invalid)).toThrow(InvalidPipelineError)
    try {
      assertValidPipeline(invalid)
    } catch (error) {
      expect((error as InvalidPipelineError).problems).toEqual(validatePipeline(invalid))
    }
  })
})

describe("pipeline queries", () => {
  const pipeline = simplePipeline()

  it("finds the initial stage", () => {
    expect(initialStage(pipeline).key).toBe("open")
    expect(() => initialStage({ ...pipeline, stages: pipeline.stages.slice(1) })).toThrow(
      InvalidPipelineError
    )
  })

  it("resolves wildcard transitions for unfinished stages only", () => {
    expect(allowedTransitions(pipeline, "open")).toEqual([
      { from: "open", to: "working", requires: [] },
      { from: "open", to: "dropped", name: "Drop", requires: [] },
    ])
    expect(allowedTransitions(pipeline, "done")).toEqual([])
    expect(allowedTransitions(pipeline, "dropped")).toEqual([])
  })

  it("lets an explicit transition take precedence over the wildcard", () => {
    const guarded = simplePipeline({
      transitions: [
        ...simplePipeline().transitions,
        { from: "working", to: "dropped", name: "Abandon", requires: ["tickets.abandon"] },
      ],
    })
    expect(allowedTransitions(guarded, "working")).toEqual([
      { from: "working", to: "done", name: "Finish", requires: ["tickets.close"] },
      { from: "working", to: "dropped", name: "Abandon", requires: ["tickets.abandon"] },
    ])
    expect(findTransition(guarded, "open", "dropped")?.name).toBe("Drop")
  })

  it("answers canTransition without throwing", () => {
    expect(canTransition(pipeline, "open", "working")).toBe(true)
    expect(canTransition(pipeline, "open", "done")).toBe(false)
    expect(canTransition(pipeline, "open", "open")).toBe(false)
    expect(canTransition(pipeline, "ghost", "done")).toBe(false)
    expect(canTransition(pipeline, "open", "ghost")).toBe(false)
  })

  it("assertTransition returns the transition with its guards", () => {
    expect(assertTransition(pipeline, "working", "done")).toEqual({
      from: "working",
      to: "done",
      name: "Finish",
      requires: ["tickets.close"],
    })
  })

  it("assertTransition names both stages and the allowed targets", () => {
    expect(() => assertTransition(pipeline, "open", "done")).toThrow(
      'Pipeline "simple" does not allow moving from "open" to "done" (allowed targets: "working", "dropped").'
    )
    expect(() => assertTransition(pipeline, "done", "working")).toThrow(
      'Pipeline "simple" does not allow moving from "done" to "working" (no transitions leave that stage).'
    )
    try {
      assertTransition(pipeline, "open", "done")
    } catch (error) {
      expect(error).toBeInstanceOf(TransitionNotAllowedError)
      expect(error).toBeInstanceOf(PipelineError)
      expect(error).toMatchObject({
        name: "TransitionNotAllowedError",
        pipeline: "simple",
        from: "open",
        to: "done",
        allowed: ["working", "dropped"],
      })
    }
  })

  it("rejects unknown stages with UnknownStageError", () => {
    expect(() => assertTransition(pipeline, "ghost", "done")).toThrow(UnknownStageError)
    expect(() => assertTransition(pipeline, "open", "ghost")).toThrow(
      'Pipeline "simple" has no stage "ghost".'
    )
    expect(() => allowedTransitions(pipeline, "ghost")).toThrow(UnknownStageError)
    expect(() => isTerminal(pipeline, "ghost")).toThrow(UnknownStageError)
    expect(() => getStage(pipeline, "ghost")).toThrow(UnknownStageError)
  })

  it("classifies terminal stages and SLA modes", () => {
    expect(isTerminal(pipeline, "open")).toBe(false)
    expect(isTerminal(pipeline, "done")).toBe(true)
    expect(isTerminal(pipeline, "dropped")).toBe(true)
    expect(slaRunning(pipeline, "working")).toBe(true)
    expect(slaRunning(pipeline, "done")).toBe(false)
  })
})
