import { selectSlaPolicy } from ".."
import type { SlaPolicyCandidate } from ".."

const policy = (
  id: string,
  overrides: Partial<SlaPolicyCandidate> = {}
): SlaPolicyCandidate => ({
  id,
  priority: null,
  customer_tier: null,
  rank: 100,
  is_active: true,
  ...overrides,
})

describe("selectSlaPolicy", () => {
  const catchAll = policy("catch_all")
  const urgent = policy("urgent", { priority: "urgent" })
  const vip = policy("vip", { customer_tier: "vip" })
  const urgentVip = policy("urgent_vip", { priority: "urgent", customer_tier: "vip" })
  const all = [catchAll, urgent, vip, urgentVip]

  it("prefers the policy matching both priority and tier", () => {
    expect(selectSlaPolicy(all, { priority: "urgent", customer_tier: "vip" })?.id).toBe("urgent_vip")
  })

  it("falls back to a policy with one matching condition, then to the catch-all", () => {
    expect(selectSlaPolicy(all, { priority: "urgent", customer_tier: "gold" })?.id).toBe("urgent")
    expect(selectSlaPolicy(all, { priority: "low", customer_tier: "vip" })?.id).toBe("vip")
    expect(selectSlaPolicy(all, { priority: "low" })?.id).toBe("catch_all")
  })

  it("never matches a tier policy for customers without a tier", () => {
    expect(selectSlaPolicy([vip], { priority: "normal", customer_tier: null })).toBeUndefined()
  })

  it("decides between equally specific policies by rank, then id", () => {
    const second = policy("b_urgent", { priority: "urgent", rank: 5 })
    const first = policy("a_urgent", { priority: "urgent", rank: 5 })
    const tierOnly = policy("vip_first", { customer_tier: "vip", rank: 1 })
    expect(selectSlaPolicy([urgent, second, first], { priority: "urgent" })?.id).toBe("a_urgent")
    expect(selectSlaPolicy([urgent, tierOnly], { priority: "urgent", customer_tier: "vip" })?.id).toBe(
      "vip_first"
    )
  })

  it("ignores inactive policies", () => {
    const inactive = { ...urgentVip, is_active: false }
    expect(selectSlaPolicy([catchAll, inactive], { priority: "urgent", customer_tier: "vip" })?.id).toBe(
      "catch_all"
    )
    expect(selectSlaPolicy([inactive], { priority: "urgent", customer_tier: "vip" })).toBeUndefined()
  })
})
