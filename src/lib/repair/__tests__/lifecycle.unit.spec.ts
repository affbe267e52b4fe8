import {
  acceptanceProblem,
  isApprovalDecision,
  qualityCheckerProblem,
  ratingProblem,
  repairLifecycleTimestamps,
  repairPhotoProblem,
  requiresOutcome,
} from "../lifecycle"

const now = new Date("2026-11-26T10:00:00Z")

describe("repair life cycle", () => {
  it("stamps the first time a stage is reached and keeps it afterwards", () => {
    expect(repairLifecycleTimestamps({}, { key: "approved", category: "open" }, now)).toEqual({
      approved_at: now,
    })
    expect(
      repairLifecycleTimestamps({ received_at: "2026-11-01" }, { key: "received", category: "open" }, now)
    ).toEqual({})
    expect(repairLifecycleTimestamps({}, { key: "completed", category: "resolved" }, now)).toEqual({
      completed_at: now,
    })
    expect(
      repairLifecycleTimestamps({}, { key: "returned_to_customer", category: "resolved" }, now)
    ).toEqual({ returned_at: now })
    expect(repairLifecycleTimestamps({}, { key: "canceled", category: "canceled" }, now)).toEqual({
      canceled_at: now,
    })
    expect(repairLifecycleTimestamps({}, { key: "rejected", category: "closed" }, now)).toEqual({
      closed_at: now,
    })
  })

  it("needs an outcome to complete and the approve permission to decide a request", () => {
    expect(requiresOutcome({ key: "completed", category: "resolved" })).toBe(true)
    expect(requiresOutcome({ key: "in_repair", category: "open" })).toBe(false)
    expect(isApprovalDecision("requested", "approved")).toBe(true)
    expect(isApprovalDecision("requested", "rejected")).toBe(true)
    expect(isApprovalDecision("requested", "canceled")).toBe(false)
    expect(isApprovalDecision("approved", "awaiting_unit")).toBe(false)
  })

  it("lets customers rate and accept only finished repairs, once", () => {
    const done = { number: "RO-1", stage: "completed", stage_category: "resolved", completed_at: now }
    expect(ratingProblem(done)).toBeNull()
    expect(ratingProblem({ ...done, customer_rating: 4 })).toMatch(/already been rated/)
    expect(ratingProblem({ ...done, stage: "in_repair", stage_category: "open", completed_at: null })).toMatch(
      /once it is completed/
    )
    expect(ratingProblem({ ...done, stage: "canceled", stage_category: "canceled" })).toMatch(/once/)
    expect(acceptanceProblem(done)).toBeNull()
    expect(acceptanceProblem({ ...done, customer_accepted_at: now })).toMatch(/already accepted/)
    expect(acceptanceProblem({ ...done, completed_at: null })).toMatch(/no result/)
  })

  it("keeps the quality check with a second person", () => {
    expect(qualityCheckerProblem("user_b", "user_a", ["user_a"])).toBeNull()
    expect(qualityCheckerProblem("user_a", "user_a", [])).toMatch(/assigned technician/)
    expect(qualityCheckerProblem("user_c", null, ["user_c"])).toMatch(/logged work/)
    expect(qualityCheckerProblem(null, null, [])).toMatch(/signed-in/)
  })

  it("accepts images and videos as repair photos", () => {
    expect(repairPhotoProblem({ name: "a.jpg", mime_type: "image/jpeg", size: 10 })).toBeNull()
    expect(repairPhotoProblem({ name: "a.pdf", mime_type: "application/pdf", size: 10 })).toMatch(/type/)
    expect(repairPhotoProblem({ name: "a.png", mime_type: "image/png", size: 0 })).toMatch(/empty/)
  })
})
