import {
  chargeableQuantity,
  computeRepairCosts,
  DEFAULT_LABOUR_HOURLY_PRICE,
  partLineActionError,
  resolveLabourHourlyPrice,
  roundMoney,
  stageAfterQuoteAcceptance,
  statusAfterReturn,
  warrantyCoverage,
} from "../costs"

const entitlement = (overrides: Record<string, unknown> = {}) => ({
  status: "in_warranty",
  covered: true,
  covers_parts: true,
  covers_labour: false,
  ...overrides,
})

describe("warrantyCoverage", () => {
  it("covers what the policy covers under warranty and extended warranty", () => {
    expect(warrantyCoverage({ warranty_status: "in_warranty", entitlement: entitlement() })).toEqual({
      parts: true,
      labour: false,
    })
    expect(
      warrantyCoverage({
        warranty_status: "extended",
        entitlement: entitlement({ status: "extended", covers_labour: true }),
      })
    ).toEqual({ parts: true, labour: true })
  })

  it("covers nothing out of warranty, when unknown or without a snapshot", () => {
    expect(
      warrantyCoverage({
        warranty_status: "out_of_warranty",
        entitlement: entitlement({ status: "out_of_warranty", covered: false }),
      })
    ).toEqual({ parts: false, labour: false })
    expect(warrantyCoverage({ warranty_status: "unknown" })).toEqual({ parts: false, labour: false })
    expect(warrantyCoverage({ warranty_status: "in_warranty", entitlement: null })).toEqual({
      parts: false,
      labour: false,
    })
  })
})

describe("chargeableQuantity", () => {
  it("counts planned units until issued, then used units", () => {
    expect(chargeableQuantity({ status: "planned", quantity: 3 })).toBe(3)
    expect(chargeableQuantity({ status: "reserved", quantity: 2 })).toBe(2)
    expect(chargeableQuantity({ status: "issued", quantity: 3, quantity_issued: 3, quantity_returned: 1 })).toBe(2)
    expect(chargeableQuantity({ status: "returned", quantity: 3, quantity_issued: 3, quantity_returned: 3 })).toBe(0)
    expect(chargeableQuantity({ status: "canceled", quantity: 3 })).toBe(0)
  })
})

describe("computeRepairCosts", () => {
  it("adds parts and labour at cost and price and splits covered from customer amounts", () => {
    const costs = computeRepairCosts({
      currency_code: "EUR",
      part_lines: [
        { status: "issued", quantity: 2, quantity_issued: 2, quantity_returned: 0, unit_cost: "12.5", unit_price: 19.99, covered: true },
        { status: "reserved", quantity: 1, unit_cost: 4, unit_price: 7.1, covered: false },
        { status: "canceled", quantity: 5, unit_cost: 100, unit_price: 200, covered: false },
      ],
      labour_lines: [{ hours: 1.5, hourly_cost: 30, hourly_price: 60, covered: false }],
    })
    expect(costs).toEqual({
      currency_code: "eur",
      parts_cost: 29,
      parts_price: 47.08,
      labour_cost: 45,
      labour_price: 90,
      total_cost: 74,
      total_price: 137.08,
      covered_amount: 39.98,
      customer_amount: 97.1,
    })
  })

  it("makes the customer pay nothing when every line is covered", () => {
    const costs = computeRepairCosts({
      part_lines: [{ status: "planned", quantity: 1, unit_cost: 10, unit_price: 15, covered: true }],
      labour_lines: [{ hours: 2, hourly_cost: 20, hourly_price: 50, covered: true }],
    })
    expect(costs.customer_amount).toBe(0)
    expect(costs.covered_amount).toBe(115)
    expect(costs.currency_code).toBe("eur")
  })

  it("is all zeros for a repair without lines", () => {
    expect(computeRepairCosts({ currency_code: "usd" }).total_price).toBe(0)
  })
})

describe("part line actions", () => {
  it("allows only the actions of the line's status", () => {
    expect(partLineActionError("reserve", { status: "planned" })).toBeNull()
    expect(partLineActionError("reserve", { status: "reserved", part_number: "P-1" })).toBe(
      "Part line P-1 is reserved; it can only be reserved when planned."
    )
    expect(partLineActionError("issue", { status: "reserved" })).toBeNull()
    expect(partLineActionError("cancel", { status: "issued" })).toMatch(/can only be canceled when planned or reserved/)
  })

  it("returns at most the issued units not yet returned", () => {
    const line = { status: "issued", quantity_issued: 3, quantity_returned: 1 }
    expect(partLineActionError("return", line, 2)).toBeNull()
    expect(partLineActionError("return", line, 3)).toMatch(/only 2 issued unit\(s\) can still be returned/)
    expect(partLineActionError("return", line, 0)).toMatch(/at least 1/)
    expect(statusAfterReturn({ quantity_issued: 3, quantity_returned: 1 }, 2)).toBe("returned")
    expect(statusAfterReturn({ quantity_issued: 3, quantity_returned: 0 }, 2)).toBe("issued")
  })
})

describe("stageAfterQuoteAcceptance", () => {
  it("waits for parts while a line is only planned", () => {
    expect(stageAfterQuoteAcceptance([{ status: "reserved" }, { status: "planned" }])).toBe("awaiting_parts")
    expect(stageAfterQuoteAcceptance([{ status: "reserved" }, { status: "canceled" }])).toBe("in_repair")
    expect(stageAfterQuoteAcceptance([])).toBe("in_repair")
  })
})

describe("money helpers", () => {
  it("rounds to cents and reads the labour price option", () => {
    expect(roundMoney(0.1 + 0.2)).toBe(0.3)
    expect(roundMoney(1.005)).toBe(1.01)
    expect(resolveLabourHourlyPrice(undefined)).toBe(DEFAULT_LABOUR_HOURLY_PRICE)
    expect(resolveLabourHourlyPrice("75")).toBe(75)
    expect(resolveLabourHourlyPrice(-1)).toBe(DEFAULT_LABOUR_HOURLY_PRICE)
  })
})
