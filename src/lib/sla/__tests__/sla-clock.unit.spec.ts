import { ALWAYS_OPEN_CALENDAR, computeSlaState } from ".."
import type { BusinessCalendar, SlaClockInput } from ".."

const at = (iso: string) => new Date(iso)
const officeHours = [{ start: "09:00", end: "17:30" }]

// Mon-Fri 09:00-17:30 in Berlin.
const berlinOffice: BusinessCalendar = {
  timezone: "Europe/Berlin",
  working_hours: { mon: officeHours, tue: officeHours, wed: officeHours, thu: officeHours, fri: officeHours },
  holidays: [],
}

// A four-hour target started Monday 2026-03-02 at 09:00 Berlin time.
const clock = (overrides: Partial<SlaClockInput>) =>
  computeSlaState({
    calendar: berlinOffice,
    targetMinutes: 240,
    startedAt: at("2026-03-02T09:00:00+01:00"),
    now: at("2026-03-02T10:00:00+01:00"),
    ...overrides,
  })

describe("computeSlaState", () => {
  it("is ok before the warning share is used up", () => {
    expect(clock({})).toEqual({
      elapsedBusinessMinutes: 60,
      remainingBusinessMinutes: 180,
      dueAt: at("2026-03-02T13:00:00+01:00"),
      warningAt: at("2026-03-02T12:12:00+01:00"),
      status: "ok",
    })
  })

  it("warns once the warning share is used up", () => {
    expect(clock({ now: at("2026-03-02T12:30:00+01:00") })).toMatchObject({
      elapsedBusinessMinutes: 210,
      status: "warning",
      warningAt: at("2026-03-02T12:12:00+01:00"),
    })
    expect(clock({ now: at("2026-03-02T12:30:00+01:00"), warningShare: 0.9 }).status).toBe("ok")
  })

  it("is breached from the due time on and reports the overrun", () => {
    expect(clock({ now: at("2026-03-02T13:00:00+01:00") }).status).toBe("breached")
    expect(clock({ now: at("2026-03-03T10:00:00+01:00") })).toEqual({
      elapsedBusinessMinutes: 570,
      remainingBusinessMinutes: -330,
      dueAt: at("2026-03-02T13:00:00+01:00"),
      warningAt: at("2026-03-02T12:12:00+01:00"),
      status: "breached",
    })
  })

  it("carries the target over nights and weekends", () => {
    const state = clock({
      startedAt: at("2026-03-06T16:30:00+01:00"),
      now: at("2026-03-07T12:00:00+01:00"),
    })
    expect(state).toMatchObject({
      elapsedBusinessMinutes: 60,
      dueAt: at("2026-03-09T12:00:00+01:00"),
      status: "ok",
    })
  })

  it("does not count paused time", () => {
    const state = clock({
      pauses: [{ from: at("2026-03-02T10:00:00+01:00"), to: at("2026-03-02T11:00:00+01:00") }],
      now: at("2026-03-02T12:00:00+01:00"),
    })
    expect(state).toEqual({
      elapsedBusinessMinutes: 120,
      remainingBusinessMinutes: 120,
      dueAt: at("2026-03-02T14:00:00+01:00"),
      warningAt: at("2026-03-02T13:12:00+01:00"),
      status: "ok",
    })
  })

  it("projects the due time from now while paused", () => {
    const state = clock({
      pauses: [{ from: at("2026-03-02T10:00:00+01:00"), to: null }],
      now: at("2026-03-02T12:00:00+01:00"),
    })
    expect(state).toMatchObject({
      elapsedBusinessMinutes: 60,
      remainingBusinessMinutes: 180,
      dueAt: at("2026-03-02T15:00:00+01:00"),
      status: "paused",
    })
  })

  it("reports paused over warning, projecting from the next working time", () => {
    const state = clock({
      targetMinutes: 600,
      pauses: [{ from: at("2026-03-02T17:00:00+01:00"), to: null }],
      now: at("2026-03-03T08:00:00+01:00"),
    })
    expect(state).toMatchObject({
      elapsedBusinessMinutes: 480,
      dueAt: at("2026-03-03T11:00:00+01:00"),
      warningAt: at("2026-03-02T17:00:00+01:00"),
      status: "paused",
    })
  })

  it("reports breached over paused", () => {
    const state = clock({
      targetMinutes: 60,
      pauses: [{ from: at("2026-03-02T11:00:00+01:00"), to: null }],
      now: at("2026-03-02T12:00:00+01:00"),
    })
    expect(state).toMatchObject({ dueAt: at("2026-03-02T10:00:00+01:00"), status: "breached" })
  })

  it("resumes after several pauses, merging overlaps and ignoring time outside the clock", () => {
    const state = clock({
      pauses: [
        { from: at("2026-03-02T11:00:00+01:00"), to: at("2026-03-02T11:30:00+01:00") },
        { from: at("2026-03-01T10:00:00+01:00"), to: at("2026-03-02T09:15:00+01:00") },
        { from: at("2026-03-02T10:45:00+01:00"), to: at("2026-03-02T11:15:00+01:00") },
        { from: at("2026-03-02T14:00:00+01:00"), to: null },
      ],
      now: at("2026-03-02T12:00:00+01:00"),
    })
    expect(state).toMatchObject({
      elapsedBusinessMinutes: 120,
      dueAt: at("2026-03-02T14:00:00+01:00"),
      status: "ok",
    })
  })

  it("counts pauses spanning several days and projects over weeks", () => {
    const state = computeSlaState({
      calendar: berlinOffice,
      targetMinutes: 2 * 5 * 510,
      startedAt: at("2026-01-05T09:00:00+01:00"),
      pauses: [{ from: at("2026-01-07T00:00:00+01:00"), to: at("2026-01-08T00:00:00+01:00") }],
      now: at("2026-01-09T17:30:00+01:00"),
    })
    expect(state).toMatchObject({
      elapsedBusinessMinutes: 4 * 510,
      remainingBusinessMinutes: 6 * 510,
      dueAt: at("2026-01-19T17:30:00+01:00"),
      status: "ok",
    })
  })

  it("breaches a zero target immediately", () => {
    const startedAt = at("2026-03-02T09:00:00+01:00")
    expect(clock({ targetMinutes: 0, now: startedAt })).toEqual({
      elapsedBusinessMinutes: 0,
      remainingBusinessMinutes: 0,
      dueAt: startedAt,
      warningAt: startedAt,
      status: "breached",
    })
  })

  it("projects from the start when the clock has not started yet", () => {
    expect(clock({ now: at("2026-03-01T12:00:00+01:00") })).toMatchObject({
      elapsedBusinessMinutes: 0,
      dueAt: at("2026-03-02T13:00:00+01:00"),
      status: "ok",
    })
  })

  it("counts real time on a 24x7 calendar", () => {
    const state = computeSlaState({
      calendar: ALWAYS_OPEN_CALENDAR,
      targetMinutes: 8 * 60,
      startedAt: at("2026-03-07T22:00:00Z"),
      pauses: [{ from: at("2026-03-08T00:00:00Z"), to: at("2026-03-08T01:00:00Z") }],
      now: at("2026-03-08T04:00:00Z"),
    })
    expect(state).toEqual({
      elapsedBusinessMinutes: 300,
      remainingBusinessMinutes: 180,
      dueAt: at("2026-03-08T07:00:00Z"),
      warningAt: at("2026-03-08T05:24:00Z"),
      status: "ok",
    })
  })

  it("rejects invalid input", () => {
    expect(() => clock({ targetMinutes: -5 })).toThrow(RangeError)
    expect(() => clock({ warningShare: 1.5 })).toThrow("warningShare must be between 0 and 1")
    expect(() =>
      clock({ pauses: [{ from: at("2026-03-02T11:00:00Z"), to: at("2026-03-02T10:00:00Z") }] })
    ).toThrow("pauses[0] ends before it starts.")
  })
})
