import {
  computeSlaState,
  escalatedPriority,
  evaluateTicketSla,
  nextPauseState,
  pausesOf,
  recordSlaEvents,
} from ".."
import type { BusinessCalendar, TicketSlaFacts, TicketSlaTargets } from ".."

const at = (iso: string) => new Date(iso)
const nineToFive = [{ start: "09:00", end: "17:00" }]

// Mon-Fri 09:00-17:00 in Berlin; Good Friday and Easter Monday 2026 are holidays.
const berlin: BusinessCalendar = {
  timezone: "Europe/Berlin",
  working_hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  holidays: ["2026-04-03", "2026-04-06"],
}

const targets: TicketSlaTargets = {
  first_response_minutes: 60,
  next_response_minutes: 120,
  resolution_minutes: 480,
  warning_percent: 80,
}

// Opened Monday 2026-03-02 at 09:00 Berlin time.
const facts = (overrides: Partial<TicketSlaFacts> = {}): TicketSlaFacts => ({
  startedAt: at("2026-03-02T09:00:00+01:00"),
  pauses: [],
  firstRespondedAt: null,
  awaitingResponseSince: null,
  finishedAt: null,
  notified: {},
  ...overrides,
})

describe("evaluateTicketSla", () => {
  it("sets due times per target and waits for the first warning", () => {
    const result = evaluateTicketSla(berlin, targets, facts(), at("2026-03-02T09:10:00+01:00"))
    expect(result).toMatchObject({
      first_response_due_at: at("2026-03-02T10:00:00+01:00"),
      next_response_due_at: null,
      resolution_due_at: at("2026-03-02T17:00:00+01:00"),
      sla_due_at: at("2026-03-02T10:00:00+01:00"),
      sla_status: "ok",
      sla_next_check_at: at("2026-03-02T09:48:00+01:00"),
      dueEvents: [],
    })
  })

  it("counts from Monday when a ticket is opened at the weekend", () => {
    const result = evaluateTicketSla(
      berlin,
      targets,
      facts({ startedAt: at("2026-03-07T11:00:00+01:00") }),
      at("2026-03-07T12:00:00+01:00")
    )
    expect(result.first_response_due_at).toEqual(at("2026-03-09T10:00:00+01:00"))
    expect(result.resolution_due_at).toEqual(at("2026-03-09T17:00:00+01:00"))
  })

  it("skips holidays: a Thursday-afternoon ticket before Easter is due on Tuesday", () => {
    const result = evaluateTicketSla(
      berlin,
      targets,
      facts({ startedAt: at("2026-04-02T15:00:00+02:00") }),
      at("2026-04-02T15:00:00+02:00")
    )
    expect(result.resolution_due_at).toEqual(at("2026-04-07T15:00:00+02:00"))
  })

  it("keeps office hours across the daylight-saving change", () => {
    const result = evaluateTicketSla(
      berlin,
      targets,
      facts({ startedAt: at("2026-03-27T16:30:00+01:00") }),
      at("2026-03-27T16:30:00+01:00")
    )
    expect(result.first_response_due_at).toEqual(at("2026-03-30T09:30:00+02:00"))
    expect(result.resolution_due_at).toEqual(at("2026-03-30T16:30:00+02:00"))
  })

  it("reports due warnings and breaches, warnings first, until they are recorded", () => {
    const now = at("2026-03-02T10:05:00+01:00")
    const result = evaluateTicketSla(berlin, targets, facts(), now)
    expect(result.sla_status).toBe("breached")
    expect(result.dueEvents).toEqual([
      { target: "first_response", kind: "warning", at: at("2026-03-02T09:48:00+01:00"), dueAt: at("2026-03-02T10:00:00+01:00") },
      { target: "first_response", kind: "breached", at: at("2026-03-02T10:00:00+01:00"), dueAt: at("2026-03-02T10:00:00+01:00") },
    ])
    expect(result.sla_next_check_at).toEqual(at("2026-03-02T09:48:00+01:00"))

    const notified = recordSlaEvents({}, result.dueEvents, null, now)
    const after = evaluateTicketSla(berlin, targets, facts({ notified }), now)
    expect(after.dueEvents).toEqual([])
    // next: the resolution warning at 80 % of 480 minutes
    expect(after.sla_next_check_at).toEqual(at("2026-03-02T15:24:00+01:00"))
  })

  it("stops first response at the first reply and keeps a late reply breached", () => {
    const onTime = evaluateTicketSla(
      berlin,
      targets,
      facts({ firstRespondedAt: at("2026-03-02T09:30:00+01:00") }),
      at("2026-03-02T12:00:00+01:00")
    )
    expect(onTime.targets.find((t) => t.target === "first_response")).toMatchObject({
      status: "ok",
      stoppedAt: at("2026-03-02T09:30:00+01:00"),
    })
    expect(onTime.sla_status).toBe("ok")
    // only resolution is still open
    expect(onTime.sla_due_at).toEqual(at("2026-03-02T17:00:00+01:00"))
    expect(onTime.dueEvents).toEqual([])

    const late = evaluateTicketSla(
      berlin,
      targets,
      facts({
        firstRespondedAt: at("2026-03-02T10:30:00+01:00"),
        notified: { first_response: { warning: "x", breached: "x" } },
      }),
      at("2026-03-02T12:00:00+01:00")
    )
    expect(late.sla_status).toBe("breached")
  })

  it("still reports a warning that passed unnoticed before the clock stopped", () => {
    const result = evaluateTicketSla(
      berlin,
      targets,
      facts({ firstRespondedAt: at("2026-03-02T09:55:00+01:00") }),
      at("2026-03-02T09:56:00+01:00")
    )
    expect(result.dueEvents).toEqual([
      expect.objectContaining({ target: "first_response", kind: "warning" }),
    ])
    expect(result.sla_next_check_at).toEqual(at("2026-03-02T09:48:00+01:00"))
  })

  it("pauses every clock and shifts the due times by the pause when it resumes", () => {
    const pausedSince = at("2026-03-02T09:30:00+01:00")
    const paused = evaluateTicketSla(
      berlin,
      targets,
      facts({ firstRespondedAt: at("2026-03-02T09:20:00+01:00"), pauses: pausesOf([], pausedSince) }),
      at("2026-03-02T11:00:00+01:00")
    )
    expect(paused.sla_status).toBe("paused")
    expect(paused.sla_next_check_at).toBeNull()

    const resumed = nextPauseState({ pauses: [], pausedSince }, false, at("2026-03-02T11:30:00+01:00"))
    expect(resumed).toEqual({
      pauses: [{ from: pausedSince.toISOString(), to: "2026-03-02T10:30:00.000Z" }],
      pausedSince: null,
    })
    const after = evaluateTicketSla(
      berlin,
      targets,
      facts({ firstRespondedAt: at("2026-03-02T09:20:00+01:00"), pauses: pausesOf(resumed.pauses, null) }),
      at("2026-03-02T11:30:00+01:00")
    )
    // two paused hours move the resolution due time from 17:00 to 11:00 the next day
    expect(after.resolution_due_at).toEqual(at("2026-03-03T11:00:00+01:00"))
    expect(after.sla_status).toBe("ok")
  })

  it("runs next response from the waiting customer message and raises it per message", () => {
    const since = at("2026-03-02T13:00:00+01:00")
    const waiting = facts({ firstRespondedAt: at("2026-03-02T09:10:00+01:00"), awaitingResponseSince: since })
    const result = evaluateTicketSla(berlin, targets, waiting, at("2026-03-02T15:30:00+01:00"))
    expect(result.next_response_due_at).toEqual(at("2026-03-02T15:00:00+01:00"))
    expect(result.dueEvents.map((event) => `${event.target}:${event.kind}`)).toEqual([
      "next_response:warning",
      "resolution:warning",
      "next_response:breached",
    ])

    const notified = recordSlaEvents({}, result.dueEvents, since, at("2026-03-02T15:30:00+01:00"))
    expect(notified.next_response).toEqual({
      since: since.toISOString(),
      warning: "2026-03-02T14:30:00.000Z",
      breached: "2026-03-02T14:30:00.000Z",
    })
    // a later customer message starts a new next-response clock with its own events
    const later = evaluateTicketSla(
      berlin,
      targets,
      { ...waiting, notified, awaitingResponseSince: at("2026-03-03T09:00:00+01:00") },
      at("2026-03-03T11:00:00+01:00")
    )
    expect(later.dueEvents.map((event) => `${event.target}:${event.kind}`)).toEqual([
      "next_response:warning",
      "next_response:breached",
      "resolution:breached",
    ])
  })

  it("stops resolution and next response when the ticket is finished", () => {
    const result = evaluateTicketSla(
      berlin,
      targets,
      facts({
        firstRespondedAt: at("2026-03-02T09:10:00+01:00"),
        awaitingResponseSince: at("2026-03-02T11:00:00+01:00"),
        finishedAt: at("2026-03-02T12:00:00+01:00"),
      }),
      at("2026-03-05T12:00:00+01:00")
    )
    expect(result.sla_status).toBe("ok")
    expect(result.sla_next_check_at).toBeNull()
    expect(result.sla_due_at).toBeNull()
    expect(result.targets.find((t) => t.target === "resolution")?.elapsedBusinessMinutes).toBe(180)
  })

  it("has no status without targets", () => {
    const none = { ...targets, first_response_minutes: null, next_response_minutes: null, resolution_minutes: null }
    expect(evaluateTicketSla(berlin, none, facts(), at("2026-03-02T12:00:00+01:00"))).toMatchObject({
      sla_status: null,
      sla_next_check_at: null,
      resolution_due_at: null,
    })
  })
})

describe("pauses across a weekend, a holiday and the daylight-saving change", () => {
  it("resumes with the remaining business time after Easter", () => {
    // 4-hour target started Thursday 2026-03-26 14:00, paused from Friday 10:00 over the
    // weekend of the daylight-saving change until Tuesday 10:00 (summer time)
    const state = computeSlaState({
      calendar: berlin,
      targetMinutes: 240,
      startedAt: at("2026-03-26T14:00:00+01:00"),
      pauses: [{ from: at("2026-03-27T10:00:00+01:00"), to: at("2026-03-31T10:00:00+02:00") }],
      now: at("2026-03-31T10:00:00+02:00"),
    })
    // Thu 14:00-17:00 (180) + Fri 09:00-10:00 (60) = 240: breached exactly at the pause start
    expect(state.status).toBe("breached")
    expect(state.dueAt).toEqual(at("2026-03-27T10:00:00+01:00"))

    const resumedAfterDst = computeSlaState({
      calendar: berlin,
      targetMinutes: 300,
      startedAt: at("2026-03-26T14:00:00+01:00"),
      pauses: [{ from: at("2026-03-27T10:00:00+01:00"), to: at("2026-03-31T10:00:00+02:00") }],
      now: at("2026-03-31T10:00:00+02:00"),
    })
    // 80 % used: warning; the remaining hour runs from the resumption at 10:00 summer time
    expect(resumedAfterDst).toMatchObject({ status: "warning", dueAt: at("2026-03-31T11:00:00+02:00") })

    const resumed = computeSlaState({
      calendar: berlin,
      targetMinutes: 480,
      startedAt: at("2026-04-02T16:00:00+02:00"),
      pauses: [{ from: at("2026-04-02T16:30:00+02:00"), to: at("2026-04-07T09:30:00+02:00") }],
      now: at("2026-04-07T09:30:00+02:00"),
    })
    // 30 minutes on Thursday; Good Friday, the weekend and Easter Monday are closed anyway
    expect(resumed.elapsedBusinessMinutes).toBe(30)
    expect(resumed.dueAt).toEqual(at("2026-04-07T17:00:00+02:00"))
  })
})

describe("nextPauseState", () => {
  const now = at("2026-03-02T12:00:00Z")
  it("opens a pause when a running clock enters a paused stage, and only then", () => {
    expect(nextPauseState({ pauses: [], pausedSince: null }, true, now)).toEqual({ pauses: [], pausedSince: now })
    const open = { pauses: [], pausedSince: at("2026-03-02T10:00:00Z") }
    expect(nextPauseState(open, true, now)).toEqual(open)
    expect(nextPauseState({ pauses: [], pausedSince: null }, false, now)).toEqual({ pauses: [], pausedSince: null })
  })
})

describe("escalatedPriority", () => {
  it("raises one level and stops at urgent", () => {
    expect(escalatedPriority("low")).toBe("normal")
    expect(escalatedPriority("normal")).toBe("high")
    expect(escalatedPriority("high")).toBe("urgent")
    expect(escalatedPriority("urgent")).toBeUndefined()
  })
})
