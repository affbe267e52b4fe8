import { SERVICE_TICKET_PIPELINE } from "../../process/default-pipelines"
import type { PipelineDefinition } from "../../process/types"
import {
  automaticAdvance,
  customerCloseTarget,
  customerReopenTarget,
  formatTicketNumber,
  isReopen,
  lifecycleTimestamps,
  reopenDeadline,
} from "../ticket-lifecycle"

const DAY = 24 * 60 * 60 * 1000

describe("formatTicketNumber", () => {
  it("pads to six digits and grows beyond", () => {
    expect(formatTicketNumber(1)).toBe("ST-000001")
    expect(formatTicketNumber("123")).toBe("ST-000123")
    expect(formatTicketNumber(1234567)).toBe("ST-1234567")
  })

  it("rejects values that are not positive integers", () => {
    for (const bad of [0, -1, 1.5, "abc", ""]) {
      expect(() => formatTicketNumber(bad as any)).toThrow(/not a positive integer/)
    }
  })
})

describe("lifecycleTimestamps", () => {
  const now = new Date("2026-03-01T10:00:00Z")
  const earlier = new Date("2026-02-01T10:00:00Z")

  it("sets resolved_at on resolution and keeps an earlier one", () => {
    expect(lifecycleTimestamps({ resolved_at: null, closed_at: null }, "resolved", now)).toEqual({
      resolved_at: now,
      closed_at: null,
    })
    expect(lifecycleTimestamps({ resolved_at: earlier, closed_at: null }, "resolved", now)).toEqual({
      resolved_at: earlier,
      closed_at: null,
    })
  })

  it("sets closed_at on closed and canceled, keeping resolved_at", () => {
    expect(lifecycleTimestamps({ resolved_at: earlier, closed_at: null }, "closed", now)).toEqual({
      resolved_at: earlier,
      closed_at: now,
    })
    expect(lifecycleTimestamps({ resolved_at: null, closed_at: null }, "canceled", now)).toEqual({
      resolved_at: null,
      closed_at: now,
    })
  })

  it("clears both when the ticket is worked on again", () => {
    for (const category of ["new", "open", "waiting"] as const) {
      expect(lifecycleTimestamps({ resolved_at: earlier, closed_at: now }, category, now)).toEqual({
        resolved_at: null,
        closed_at: null,
      })
    }
  })
})

describe("isReopen", () => {
  it("is a move from a finished to an unfinished category", () => {
    expect(isReopen("resolved", "open")).toBe(true)
    expect(isReopen("closed", "open")).toBe(true)
    expect(isReopen("canceled", "new")).toBe(true)
    expect(isReopen("resolved", "closed")).toBe(false)
    expect(isReopen("open", "waiting")).toBe(false)
    expect(isReopen("waiting", "open")).toBe(false)
  })
})

describe("reopenDeadline", () => {
  const resolvedAt = new Date("2026-03-01T10:00:00Z")

  it("counts from closure, else from resolution", () => {
    expect(
      reopenDeadline({ stage_category: "resolved", resolved_at: resolvedAt, closed_at: null }, 14)
    ).toEqual(new Date(resolvedAt.getTime() + 14 * DAY))
    const closedAt = new Date(resolvedAt.getTime() + 2 * DAY)
    expect(
      reopenDeadline({ stage_category: "closed", resolved_at: resolvedAt, closed_at: closedAt }, 14)
    ).toEqual(new Date(closedAt.getTime() + 14 * DAY))
  })

  it("is null for unfinished tickets", () => {
    expect(reopenDeadline({ stage_category: "open", resolved_at: null, closed_at: null }, 14)).toBeNull()
  })
})

describe("customer moves on the default pipeline", () => {
  const pipeline = SERVICE_TICKET_PIPELINE

  it("closes a resolved ticket and withdraws (cancels) an unresolved one", () => {
    expect(customerCloseTarget(pipeline, "resolved")).toEqual({ ok: true, to: "closed" })
    expect(customerCloseTarget(pipeline, "intake")).toEqual({ ok: true, to: "canceled" })
    expect(customerCloseTarget(pipeline, "waiting_on_customer")).toEqual({ ok: true, to: "canceled" })
    expect(customerCloseTarget(pipeline, "closed")).toEqual({
      ok: false,
      reason: "This ticket is already closed.",
    })
  })

  it("reopens resolved and closed tickets into work, not open ones or canceled ones", () => {
    expect(customerReopenTarget(pipeline, "resolved")).toEqual({ ok: true, to: "in_progress" })
    expect(customerReopenTarget(pipeline, "closed")).toEqual({ ok: true, to: "in_progress" })
    expect(customerReopenTarget(pipeline, "in_progress")).toEqual({
      ok: false,
      reason: "This ticket is still open.",
    })
    expect(customerReopenTarget(pipeline, "canceled")).toEqual({
      ok: false,
      reason: 'A ticket in stage "Canceled" cannot be reopened.',
    })
  })

  it("advances automatically on assignment and on a customer's answer", () => {
    expect(automaticAdvance(pipeline, "intake", "assigned")).toBe("assigned")
    expect(automaticAdvance(pipeline, "in_progress", "assigned")).toBeUndefined()
    expect(automaticAdvance(pipeline, "waiting_on_customer", "customer_replied")).toBe("in_progress")
    expect(automaticAdvance(pipeline, "resolved", "customer_replied")).toBeUndefined()
  })

  it("finds no automatic move when the pipeline has none", () => {
    const bare: PipelineDefinition = {
      key: "bare",
      name: "Bare",
      stages: [
        { key: "new", name: "New", category: "new", sla: "running", is_initial: true },
        { key: "done", name: "Done", category: "closed", sla: "paused" },
      ],
      transitions: [{ from: "new", to: "done" }],
    }
    expect(automaticAdvance(bare, "new", "assigned")).toBeUndefined()
    expect(customerCloseTarget(bare, "new")).toEqual({ ok: true, to: "done" })
  })
})
