import { SERVICE_TICKET_PIPELINE, planPipelineChange } from ".."
import type { PipelineDefinition, PipelineStage, PipelineTransition } from ".."

// The service ticket pipeline without some stages, plus extra stages and transitions.
function editedServicePipeline(
  removedStages: string[],
  extra: { stages?: PipelineStage[]; transitions?: PipelineTransition[] } = {}
): PipelineDefinition {
  const keep = (key: string) => !removedStages.includes(key)
  return {
    ...SERVICE_TICKET_PIPELINE,
    stages: [
      ...SERVICE_TICKET_PIPELINE.stages.filter((stage) => keep(stage.key)),
      ...(extra.stages ?? []),
    ],
    transitions: [
      ...SERVICE_TICKET_PIPELINE.transitions.filter(
        (transition) => keep(transition.from) && keep(transition.to)
      ),
      ...(extra.transitions ?? []),
    ],
  }
}

describe("planPipelineChange", () => {
  it("needs no migration when no stage is removed", () => {
    expect(
      planPipelineChange(SERVICE_TICKET_PIPELINE, SERVICE_TICKET_PIPELINE, { intake: 4 })
    ).toEqual({ ok: true, migration: {} })
  })

  it("maps a removed stage to a stage of the same category", () => {
    const next = editedServicePipeline(["assigned"], {
      transitions: [{ from: "intake", to: "in_progress", name: "Start work" }],
    })
    expect(planPipelineChange(SERVICE_TICKET_PIPELINE, next, { assigned: 3 })).toEqual({
      ok: true,
      migration: { assigned: "in_progress" },
    })
  })

  it("prefers a stage with the same SLA mode within the category", () => {
    const next = editedServicePipeline(["waiting_on_customer"], {
      stages: [
        { key: "waiting_on_vendor", name: "Waiting on vendor", category: "waiting", sla: "running" },
        { key: "on_hold", name: "On hold", category: "waiting", sla: "paused" },
      ],
      transitions: [
        { from: "in_progress", to: "waiting_on_vendor" },
        { from: "waiting_on_vendor", to: "in_progress" },
        { from: "in_progress", to: "on_hold" },
        { from: "on_hold", to: "in_progress" },
      ],
    })
    expect(planPipelineChange(SERVICE_TICKET_PIPELINE, next, { waiting_on_customer: 2 })).toEqual({
      ok: true,
      migration: { waiting_on_customer: "on_hold" },
    })
  })

  it("falls back to the nearest category without finishing unfinished items", () => {
    const next = editedServicePipeline(["waiting_on_customer"])
    expect(planPipelineChange(SERVICE_TICKET_PIPELINE, next, { waiting_on_customer: 5 })).toEqual({
      ok: true,
      migration: { waiting_on_customer: "assigned" },
    })
    const withoutResolved = editedServicePipeline(["resolved"], {
      transitions: [{ from: "in_progress", to: "closed", name: "Close" }],
    })
    expect(planPipelineChange(SERVICE_TICKET_PIPELINE, withoutResolved, { resolved: 1 })).toEqual({
      ok: true,
      migration: { resolved: "closed" },
    })
  })

  it("refuses to strand items of a removed stage without a target", () => {
    const next = editedServicePipeline(["canceled"])
    expect(planPipelineChange(SERVICE_TICKET_PIPELINE, next, { canceled: 7, intake: 1 })).toEqual({
      ok: false,
      errors: [
        'Removed stage "canceled" still holds 7 item(s) and the new pipeline has no canceled stage to move them to; map it to a stage explicitly.',
      ],
    })
  })

  it("drops an empty removed stage that has no target", () => {
    const next = editedServicePipeline(["canceled"])
    expect(planPipelineChange(SERVICE_TICKET_PIPELINE, next, { canceled: 0 })).toEqual({
      ok: true,
      migration: {},
    })
  })

  it("uses explicit mappings and checks them", () => {
    const next = editedServicePipeline(["canceled"])
    expect(
      planPipelineChange(SERVICE_TICKET_PIPELINE, next, { canceled: 7 }, { canceled: "closed" })
    ).toEqual({ ok: true, migration: { canceled: "closed" } })
    expect(
      planPipelineChange(
        SERVICE_TICKET_PIPELINE,
        next,
        { canceled: 7 },
        { canceled: "archived", intake: "closed", ghost: "closed" }
      )
    ).toEqual({
      ok: false,
      errors: [
        'Stage "intake" still exists in the new pipeline; only removed stages can be mapped.',
        'Mapping names stage "ghost", which is not a stage of the current pipeline.',
        'Removed stage "canceled" is mapped to "archived", which is not a stage of the new pipeline.',
      ],
    })
  })

  it("catches items counted in a stage that neither pipeline knows", () => {
    expect(
      planPipelineChange(SERVICE_TICKET_PIPELINE, SERVICE_TICKET_PIPELINE, { legacy: 2 })
    ).toEqual({
      ok: false,
      errors: [
        'Stage "legacy" holds 2 item(s) but exists in neither pipeline; map it to a stage explicitly.',
      ],
    })
    expect(
      planPipelineChange(SERVICE_TICKET_PIPELINE, SERVICE_TICKET_PIPELINE, { legacy: 2 }, { legacy: "intake" })
    ).toEqual({ ok: true, migration: { legacy: "intake" } })
  })

  it("rejects an invalid new pipeline", () => {
    const next = editedServicePipeline(["assigned"])
    const plan = planPipelineChange(SERVICE_TICKET_PIPELINE, next, {})
    expect(plan.ok).toBe(false)
    expect(!plan.ok && plan.errors).toContain(
      'Stage "in_progress" (open) cannot be reached from the initial stage "intake".'
    )
  })
})
