import {
  AssignmentRuleLike,
  categoryIdsWithAncestors,
  chooseAssignee,
  findMatchingRule,
  pickLeastLoaded,
  pickRoundRobin,
  ranksInOrder,
  ruleMatches,
  validateRuleMembers,
} from "../assignment-rules"

const rule = (overrides: Partial<AssignmentRuleLike> = {}): AssignmentRuleLike => ({
  id: "rule",
  rank: 0,
  is_active: true,
  ticket_types: [],
  channels: [],
  priorities: [],
  product_category_ids: [],
  tags: [],
  strategy: "round_robin",
  member_user_ids: ["ann", "ben", "cem"],
  last_assigned_user_id: null,
  ...overrides,
})

const ticket = {
  type: "technical_support",
  channel: "email",
  priority: "high",
  tags: ["grinder", "noise"],
  product_category_ids: ["cat_appliances", "cat_espresso"],
}

const everyone = new Set(["ann", "ben", "cem"])

describe("ruleMatches", () => {
  it("treats empty condition lists as 'any'", () => {
    expect(ruleMatches(rule(), ticket)).toBe(true)
  })

  it("needs every non-empty condition to hold, each as any-of", () => {
    expect(ruleMatches(rule({ ticket_types: ["inquiry", "technical_support"] }), ticket)).toBe(true)
    expect(ruleMatches(rule({ ticket_types: ["inquiry"] }), ticket)).toBe(false)
    expect(ruleMatches(rule({ channels: ["phone"] }), ticket)).toBe(false)
    expect(ruleMatches(rule({ priorities: ["high", "urgent"], channels: ["email"] }), ticket)).toBe(true)
    expect(ruleMatches(rule({ priorities: ["low"], channels: ["email"] }), ticket)).toBe(false)
    expect(ruleMatches(rule({ tags: ["warranty", "noise"] }), ticket)).toBe(true)
    expect(ruleMatches(rule({ tags: ["warranty"] }), ticket)).toBe(false)
  })

  it("matches a product category rule only for tickets on a product of that category", () => {
    const byCategory = rule({ product_category_ids: ["cat_espresso"] })
    expect(ruleMatches(byCategory, ticket)).toBe(true)
    expect(ruleMatches(byCategory, { ...ticket, product_category_ids: [] })).toBe(false)
    expect(ruleMatches(byCategory, { ...ticket, product_category_ids: ["cat_scooters"] })).toBe(false)
  })
})

describe("findMatchingRule", () => {
  it("takes the first matching active rule by rank", () => {
    const rules = [
      rule({ id: "catch_all", rank: 100 }),
      rule({ id: "support", rank: 10, ticket_types: ["technical_support"] }),
      rule({ id: "inactive", rank: 0, is_active: false }),
      rule({ id: "returns", rank: 5, ticket_types: ["return_exchange"] }),
    ]
    expect(findMatchingRule(rules, ticket)?.id).toBe("support")
    expect(findMatchingRule(rules, { ...ticket, type: "inquiry" })?.id).toBe("catch_all")
  })

  it("orders rules of equal rank by creation time", () => {
    const rules = [
      rule({ id: "newer", rank: 1, created_at: "2026-02-01T00:00:00Z" }),
      rule({ id: "older", rank: 1, created_at: "2026-01-01T00:00:00Z" }),
    ]
    expect(findMatchingRule(rules, ticket)?.id).toBe("older")
  })

  it("finds nothing when no active rule matches", () => {
    expect(findMatchingRule([rule({ channels: ["phone"] })], ticket)).toBeUndefined()
    expect(findMatchingRule([], ticket)).toBeUndefined()
  })
})

describe("pickRoundRobin", () => {
  const members = ["ann", "ben", "cem"]

  it("starts with the first member and continues after the last assigned one, wrapping", () => {
    expect(pickRoundRobin(members, everyone, null)).toBe("ann")
    expect(pickRoundRobin(members, everyone, "ann")).toBe("ben")
    expect(pickRoundRobin(members, everyone, "ben")).toBe("cem")
    expect(pickRoundRobin(members, everyone, "cem")).toBe("ann")
  })

  it("skips members who may not work tickets", () => {
    expect(pickRoundRobin(members, new Set(["ann", "cem"]), "ann")).toBe("cem")
    expect(pickRoundRobin(members, new Set(["ann"]), "ann")).toBe("ann")
    expect(pickRoundRobin(members, new Set(), "ann")).toBeNull()
  })

  it("starts over when the last assigned user left the group", () => {
    expect(pickRoundRobin(members, everyone, "gone")).toBe("ann")
  })

  it("gives every member the same share over full rounds", () => {
    let last: string | null = null
    const counts: Record<string, number> = {}
    for (let i = 0; i < 9; i++) {
      last = pickRoundRobin(members, everyone, last)!
      counts[last] = (counts[last] ?? 0) + 1
    }
    expect(counts).toEqual({ ann: 3, ben: 3, cem: 3 })
  })
})

describe("pickLeastLoaded", () => {
  const members = ["ann", "ben", "cem"]

  it("picks the member with the fewest open tickets; members without any count as 0", () => {
    expect(pickLeastLoaded(members, everyone, { ann: 4, ben: 1, cem: 2 })).toBe("ben")
    expect(pickLeastLoaded(members, everyone, { ann: 4, ben: 1 })).toBe("cem")
  })

  it("breaks ties by the order of the list", () => {
    expect(pickLeastLoaded(members, everyone, { ann: 2, ben: 1, cem: 1 })).toBe("ben")
    expect(pickLeastLoaded(members, everyone, {})).toBe("ann")
  })

  it("skips members who may not work tickets", () => {
    expect(pickLeastLoaded(members, new Set(["ann", "cem"]), { ann: 3, ben: 0, cem: 5 })).toBe("ann")
    expect(pickLeastLoaded(members, new Set(), {})).toBeNull()
  })
})

describe("chooseAssignee", () => {
  it("applies the rule's strategy", () => {
    expect(chooseAssignee(rule({ strategy: "fixed", member_user_ids: ["cem"] }), everyone)).toEqual({
      rule_id: "rule",
      strategy: "fixed",
      assignee_id: "cem",
    })
    expect(
      chooseAssignee(rule({ last_assigned_user_id: "ben" }), everyone).assignee_id
    ).toBe("cem")
    expect(
      chooseAssignee(rule({ strategy: "least_loaded" }), everyone, { ann: 1, ben: 0, cem: 0 })
        .assignee_id
    ).toBe("ben")
  })

  it("leaves the ticket unassigned when the fixed member may not work tickets", () => {
    expect(
      chooseAssignee(rule({ strategy: "fixed", member_user_ids: ["cem"] }), new Set(["ann"]))
        .assignee_id
    ).toBeNull()
  })
})

describe("validateRuleMembers", () => {
  it("wants exactly one member for fixed and at least one otherwise, no duplicates", () => {
    expect(validateRuleMembers("fixed", ["ann"])).toEqual([])
    expect(validateRuleMembers("fixed", ["ann", "ben"])).toEqual([
      "A fixed rule names exactly one member.",
    ])
    expect(validateRuleMembers("round_robin", [])).toEqual([
      "A round_robin rule needs at least one member.",
    ])
    expect(validateRuleMembers("least_loaded", ["ann", "ann"])).toEqual([
      "member_user_ids lists a user twice.",
    ])
  })
})

describe("categoryIdsWithAncestors", () => {
  it("adds the ancestors from the materialized path", () => {
    expect(
      categoryIdsWithAncestors([
        { id: "pcat_espresso", mpath: "pcat_root.pcat_appliances.pcat_espresso" },
        { id: "pcat_sale", mpath: null },
      ]).sort()
    ).toEqual(["pcat_appliances", "pcat_espresso", "pcat_root", "pcat_sale"])
  })
})

describe("ranksInOrder", () => {
  it("spaces ranks by ten in the given order", () => {
    expect(ranksInOrder(["b", "a", "c"])).toEqual([
      { id: "b", rank: 0 },
      { id: "a", rank: 10 },
      { id: "c", rank: 20 },
    ])
  })
})
