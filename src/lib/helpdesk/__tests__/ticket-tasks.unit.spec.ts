import {
  closedTaskProblem,
  completionProblem,
  isOverdue,
  normalizeRevisitAfterDays,
  revisitDueAt,
} from "../ticket-tasks"

describe("revisitDueAt", () => {
  it("is the given number of days after resolution", () => {
    expect(revisitDueAt(new Date("2026-03-01T10:00:00Z"), 3)?.toISOString()).toBe(
      "2026-03-04T10:00:00.000Z"
    )
    expect(revisitDueAt(new Date("2026-03-01T10:00:00Z"), 0.5)?.toISOString()).toBe(
      "2026-03-01T22:00:00.000Z"
    )
  })

  it("is null when revisits are switched off", () => {
    expect(revisitDueAt(new Date(), 0)).toBeNull()
  })
})

describe("normalizeRevisitAfterDays", () => {
  it("defaults to 3 and rejects negative or non-numeric values", () => {
    expect(normalizeRevisitAfterDays(undefined)).toBe(3)
    expect(normalizeRevisitAfterDays(0)).toBe(0)
    expect(normalizeRevisitAfterDays("7")).toBe(7)
    expect(normalizeRevisitAfterDays(-1)).toBe(3)
    expect(normalizeRevisitAfterDays("soon")).toBe(3)
  })
})

describe("completionProblem", () => {
  it("requires an outcome for revisits and refuses one for follow-ups", () => {
    expect(completionProblem({ kind: "revisit", status: "open" }, "satisfied")).toBeNull()
    expect(completionProblem({ kind: "revisit", status: "open" }, null)).toMatch(/outcome/)
    expect(completionProblem({ kind: "follow_up", status: "open" }, undefined)).toBeNull()
    expect(completionProblem({ kind: "follow_up", status: "open" }, "reopened")).toMatch(
      /Only revisits/
    )
  })

  it("refuses tasks that are no longer open", () => {
    expect(completionProblem({ kind: "follow_up", status: "done" }, null)).toBe(
      "The task is already done."
    )
    expect(closedTaskProblem({ status: "canceled" })).toBe("The task is already canceled.")
    expect(closedTaskProblem({ status: "open" })).toBeNull()
  })
})

describe("isOverdue", () => {
  const now = new Date("2026-03-01T10:00:00Z")
  it("is true only for open tasks past their due time", () => {
    expect(isOverdue({ status: "open", due_at: "2026-03-01T09:00:00Z" }, now)).toBe(true)
    expect(isOverdue({ status: "open", due_at: "2026-03-01T11:00:00Z" }, now)).toBe(false)
    expect(isOverdue({ status: "done", due_at: "2026-02-01T00:00:00Z" }, now)).toBe(false)
    expect(isOverdue({ status: "open", due_at: null }, now)).toBe(false)
  })
})
