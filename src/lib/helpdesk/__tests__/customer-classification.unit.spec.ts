import {
  changedClassificationFields,
  classifyCustomer,
  ClassificationOrder,
  DEFAULT_CUSTOMER_TIERS,
  lifecycleStageOf,
  tierFor,
  tierSetDuplicates,
  TIER_CODE_PATTERN,
} from "../customer-classification"

const NOW = new Date("2026-06-30T12:00:00Z")
const DAY = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY)
const tiers = DEFAULT_CUSTOMER_TIERS.map((tier) => ({ ...tier }))
const options = { now: NOW, dormantAfterDays: 365, currencyCode: "eur", tiers }

const order = (total: number, days: number, extra: Partial<ClassificationOrder> = {}): ClassificationOrder => ({
  total,
  currency_code: "eur",
  placed_at: daysAgo(days),
  canceled: false,
  ...extra,
})

describe("lifecycle stage", () => {
  it("is potential without orders, new with one, returning with two or more", () => {
    expect(classifyCustomer([], options).lifecycle_stage).toBe("potential")
    expect(classifyCustomer([order(50, 3)], options).lifecycle_stage).toBe("new")
    expect(classifyCustomer([order(50, 30), order(20, 3)], options).lifecycle_stage).toBe("returning")
  })

  it("is dormant once the last order is more than N days old, and not on day N", () => {
    expect(lifecycleStageOf({ orderCount: 3, lastOrderAt: daysAgo(365), now: NOW, dormantAfterDays: 365 })).toBe("returning")
    expect(lifecycleStageOf({ orderCount: 3, lastOrderAt: daysAgo(366), now: NOW, dormantAfterDays: 365 })).toBe("dormant")
    expect(lifecycleStageOf({ orderCount: 1, lastOrderAt: daysAgo(31), now: NOW, dormantAfterDays: 30 })).toBe("dormant")
  })

  it("leaves canceled orders out of the count, the dates and the spend", () => {
    const result = classifyCustomer(
      [order(700, 400), order(80, 10, { canceled: true }), order(900, 1, { canceled: true })],
      options
    )
    expect(result).toEqual({
      lifecycle_stage: "dormant",
      value_tier: "silver",
      order_count: 1,
      total_spent: 700,
      currency_code: "eur",
      first_order_at: daysAgo(400),
      last_order_at: daysAgo(400),
    })
    expect(classifyCustomer([order(80, 10, { canceled: true })], options)).toEqual(
      expect.objectContaining({ lifecycle_stage: "potential", order_count: 0, total_spent: 0, value_tier: "regular" })
    )
  })

  it("sorts orders by date for the first and last order", () => {
    const result = classifyCustomer([order(10, 5), order(10, 50), order(10, 20)], options)
    expect(result.first_order_at).toEqual(daysAgo(50))
    expect(result.last_order_at).toEqual(daysAgo(5))
  })
})

describe("value tier", () => {
  it("needs both minimums, and the highest rank reached wins", () => {
    expect(tierFor({ totalSpent: 1600, orderCount: 1 }, tiers)).toBe("silver")
    expect(tierFor({ totalSpent: 1600, orderCount: 2 }, tiers)).toBe("gold")
    expect(tierFor({ totalSpent: 400, orderCount: 9 }, tiers)).toBe("regular")
    expect(tierFor({ totalSpent: 5000, orderCount: 5 }, tiers)).toBe("vip")
  })

  it("ignores inactive tiers and gives null when no tier is reached", () => {
    const withInactiveGold = tiers.map((tier) => ({ ...tier, is_active: tier.code !== "gold" }))
    expect(tierFor({ totalSpent: 1600, orderCount: 2 }, withInactiveGold)).toBe("silver")
    expect(tierFor({ totalSpent: 0, orderCount: 0 }, tiers.filter((tier) => tier.code !== "regular"))).toBeNull()
  })

  it("crosses into the next tier when spend reaches the threshold exactly", () => {
    expect(classifyCustomer([order(1000, 20), order(499.99, 3)], options).value_tier).toBe("silver")
    expect(classifyCustomer([order(1000, 20), order(500, 3)], options).value_tier).toBe("gold")
  })

  it("sums spend in the given currency only, without floating-point noise", () => {
    const result = classifyCustomer(
      [order(0.1, 3), order(0.2, 2), order(999, 1, { currency_code: "usd" })],
      options
    )
    expect(result.total_spent).toBe(0.3)
    expect(result.order_count).toBe(3)
  })

  it("uses the latest order's currency when the store has none", () => {
    const result = classifyCustomer(
      [order(100, 30), order(40, 3, { currency_code: "USD" })],
      { ...options, currencyCode: null }
    )
    expect(result).toEqual(expect.objectContaining({ currency_code: "usd", total_spent: 40 }))
  })
})

describe("changedClassificationFields", () => {
  const fresh = classifyCustomer([order(549.5, 10), order(20, 2)], options)

  it("reports nothing for a stored profile with equal values in database shapes", () => {
    const stored = {
      ...fresh,
      total_spent: "569.5" as unknown,
      first_order_at: (fresh.first_order_at as Date).toISOString(),
      last_order_at: fresh.last_order_at,
    }
    expect(changedClassificationFields(stored, fresh)).toEqual([])
    expect(changedClassificationFields({ ...stored, total_spent: { numeric: 569.5 } }, fresh)).toEqual([])
  })

  it("names the fields that differ, and all of them for a missing profile", () => {
    expect(changedClassificationFields({ ...fresh, value_tier: "regular", order_count: 1 }, fresh)).toEqual([
      "value_tier",
      "order_count",
    ])
    expect(changedClassificationFields(null, fresh)).toHaveLength(7)
  })
})

describe("tierSetDuplicates", () => {
  it("accepts the default tiers", () => {
    expect(tierSetDuplicates(tiers)).toEqual([])
  })

  it("names duplicate codes and ranks", () => {
    expect(
      tierSetDuplicates([
        { code: "gold", rank: 1 },
        { code: "gold", rank: 2 },
        { code: "platinum", rank: 1 },
      ])
    ).toEqual([
      'Tier code "gold" is used twice; codes must be unique.',
      "Rank 1 is used by two tiers; ranks must be unique.",
    ])
  })

  it("has a code pattern that refuses spaces and capitals", () => {
    expect(TIER_CODE_PATTERN.test("gold_plus-2")).toBe(true)
    expect(TIER_CODE_PATTERN.test("Gold Plus")).toBe(false)
  })
})
