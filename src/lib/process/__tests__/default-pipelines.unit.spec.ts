import {
  COMPLAINT_PIPELINE,
  DEFAULT_PIPELINES,
  REPAIR_ORDER_PIPELINE,
  SERVICE_TICKET_PIPELINE,
  allowedTransitions,
  canTransition,
  findTransition,
  initialStage,
  isTerminal,
  slaRunning,
  validatePipeline,
} from ".."
import type { PipelineDefinition } from ".."

const targets = (pipeline: PipelineDefinition, from: string) =>
  allowedTransitions(pipeline, from).map((transition) => transition.to)

describe("default pipelines", () => {
  it.each(Object.values(DEFAULT_PIPELINES))("$key is valid", (pipeline) => {
    expect(validatePipeline(pipeline)).toEqual([])
  })

  it("are deeply frozen", () => {
    expect(Object.isFrozen(SERVICE_TICKET_PIPELINE)).toBe(true)
    expect(Object.isFrozen(SERVICE_TICKET_PIPELINE.stages)).toBe(true)
    expect(Object.isFrozen(SERVICE_TICKET_PIPELINE.stages[0])).toBe(true)
    expect(Object.isFrozen(REPAIR_ORDER_PIPELINE.transitions[0])).toBe(true)
  })

  describe("service tickets", () => {
    const pipeline = SERVICE_TICKET_PIPELINE

    it("runs intake -> assigned -> in_progress -> resolved -> closed", () => {
      expect(initialStage(pipeline).key).toBe("intake")
      expect(targets(pipeline, "intake")).toEqual(["assigned", "canceled"])
      expect(targets(pipeline, "assigned")).toEqual(["in_progress", "canceled"])
      expect(targets(pipeline, "in_progress")).toEqual(["waiting_on_customer", "resolved", "canceled"])
      expect(targets(pipeline, "waiting_on_customer")).toEqual(["in_progress", "resolved", "canceled"])
      expect(targets(pipeline, "resolved")).toEqual(["closed", "in_progress", "canceled"])
    })

    it("reopens from resolved and closed but never leaves canceled", () => {
      expect(canTransition(pipeline, "closed", "in_progress")).toBe(true)
      expect(targets(pipeline, "closed")).toEqual(["in_progress"])
      expect(targets(pipeline, "canceled")).toEqual([])
    })

    it("pauses the SLA while waiting on the customer", () => {
      expect(slaRunning(pipeline, "in_progress")).toBe(true)
      expect(slaRunning(pipeline, "waiting_on_customer")).toBe(false)
      expect(isTerminal(pipeline, "resolved")).toBe(false)
      expect(isTerminal(pipeline, "closed")).toBe(true)
    })
  })

  describe("repair orders", () => {
    const pipeline = REPAIR_ORDER_PIPELINE

    it("approves or rejects requests; rejected is final", () => {
      expect(initialStage(pipeline).key).toBe("requested")
      expect(targets(pipeline, "requested")).toEqual(["approved", "rejected", "canceled"])
      expect(isTerminal(pipeline, "rejected")).toBe(true)
      expect(targets(pipeline, "rejected")).toEqual([])
    })

    it("receives a dropped-off unit right after approval or waits for a shipped one", () => {
      expect(targets(pipeline, "approved")).toEqual(["awaiting_unit", "received", "canceled"])
    })

    it("handles quotes: accept, diagnose again or decline", () => {
      expect(targets(pipeline, "diagnosing")).toEqual(["quote_pending", "in_repair", "canceled"])
      expect(targets(pipeline, "quote_pending")).toEqual([
        "awaiting_parts",
        "in_repair",
        "diagnosing",
        "canceled",
      ])
      expect(findTransition(pipeline, "quote_pending", "canceled")?.name).toBe("Quote declined")
      expect(slaRunning(pipeline, "quote_pending")).toBe(false)
      expect(slaRunning(pipeline, "awaiting_parts")).toBe(true)
    })

    it("sends failed quality checks back to repair", () => {
      expect(targets(pipeline, "quality_check")).toEqual(["in_repair", "completed", "canceled"])
    })

    it("returns completed units and cannot cancel after completion", () => {
      expect(targets(pipeline, "completed")).toEqual(["returned_to_customer"])
      expect(targets(pipeline, "returned_to_customer")).toEqual(["closed"])
      expect(canTransition(pipeline, "completed", "canceled")).toBe(false)
    })
  })

  describe("complaints", () => {
    const pipeline = COMPLAINT_PIPELINE

    it("escalates from acknowledged and investigating", () => {
      expect(initialStage(pipeline).key).toBe("new")
      expect(targets(pipeline, "acknowledged")).toEqual(["investigating", "escalated"])
      expect(targets(pipeline, "investigating")).toEqual(["escalated", "awaiting_customer", "resolved"])
      expect(canTransition(pipeline, "new", "escalated")).toBe(false)
    })

    it("reopens resolved and closed complaints into investigation", () => {
      expect(targets(pipeline, "resolved")).toEqual(["closed", "investigating"])
      expect(targets(pipeline, "closed")).toEqual(["investigating"])
      expect(slaRunning(pipeline, "awaiting_customer")).toBe(false)
    })
  })
})
