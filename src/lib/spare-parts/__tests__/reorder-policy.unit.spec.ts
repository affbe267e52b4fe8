import {
  applyLotSizing,
  normalizeReorderPolicy,
  reorderLevel,
  suggestOrderQuantity,
} from "../reorder-policy"

describe("normalizeReorderPolicy", () => {
  it("accepts a reorder-point policy with safety stock below the reorder point", () => {
    const { policy, problems } = normalizeReorderPolicy({ reorder_point: 5, safety_stock: 2 })
    expect(problems).toEqual([])
    expect(policy).toEqual({
      method: "reorder_point",
      reorder_point: 5,
      safety_stock: 2,
      min_quantity: null,
      max_quantity: null,
    })
  })

  it("refuses safety stock above the reorder point and a reorder point above the max", () => {
    const { problems } = normalizeReorderPolicy({
      reorder_point: 10,
      safety_stock: 12,
      max_quantity: 8,
    })
    expect(problems).toEqual([
      "safety_stock (12) must not exceed reorder_point (10).",
      "reorder_point (10) must not exceed max_quantity (8).",
    ])
  })

  it("refuses negative and fractional quantities", () => {
    const { problems } = normalizeReorderPolicy({ reorder_point: -1, safety_stock: 0.5 })
    expect(problems).toContain("reorder_point must be a whole number of units, 0 or more (got -1).")
    expect(problems).toContain("safety_stock must be a whole number of units, 0 or more (got 0.5).")
  })

  it("makes the reorder point of a min/max policy its min quantity", () => {
    const { policy, problems } = normalizeReorderPolicy({
      method: "min_max",
      min_quantity: 4,
      max_quantity: 20,
    })
    expect(problems).toEqual([])
    expect(policy.reorder_point).toBe(4)
    expect(reorderLevel(policy)).toBe(4)
  })

  it("takes a min/max policy's min quantity from the reorder point when only that is given", () => {
    const { policy, problems } = normalizeReorderPolicy({
      method: "min_max",
      reorder_point: 3,
      max_quantity: 9,
    })
    expect(problems).toEqual([])
    expect(policy.min_quantity).toBe(3)
  })

  it("refuses a min/max policy whose reorder point and min quantity disagree, or without max", () => {
    expect(
      normalizeReorderPolicy({ method: "min_max", reorder_point: 3, min_quantity: 4, max_quantity: 9 })
        .problems
    ).toEqual([
      "For min_max the reorder point is the min quantity: give one of them or the same value (got reorder_point 3, min_quantity 4).",
    ])
    expect(normalizeReorderPolicy({ method: "min_max", min_quantity: 4 }).problems).toEqual([
      "min_max needs max_quantity (the order-up-to level).",
    ])
    expect(normalizeReorderPolicy({ method: "min_max", max_quantity: 4 }).problems).toEqual([
      "min_max needs min_quantity.",
    ])
  })

  it("needs the order-up-to level for order_up_to", () => {
    expect(normalizeReorderPolicy({ method: "order_up_to", reorder_point: 2 }).problems).toEqual([
      "order_up_to needs max_quantity (the order-up-to level).",
    ])
  })

  it("drops a min quantity given to a method that does not use it", () => {
    const { policy } = normalizeReorderPolicy({ reorder_point: 2, min_quantity: 7 })
    expect(policy.min_quantity).toBeNull()
  })
})

describe("applyLotSizing", () => {
  it("raises to the minimum order quantity and rounds up to whole packs", () => {
    expect(applyLotSizing(3, 10, 1)).toBe(10)
    expect(applyLotSizing(11, 10, 4)).toBe(12)
    expect(applyLotSizing(3, 5, 4)).toBe(8)
    expect(applyLotSizing(8, 1, 4)).toBe(8)
  })

  it("orders nothing for nothing", () => {
    expect(applyLotSizing(0, 10, 4)).toBe(0)
    expect(applyLotSizing(-2, 10, 4)).toBe(0)
  })
})

describe("suggestOrderQuantity", () => {
  const reorderPoint = normalizeReorderPolicy({ reorder_point: 5, safety_stock: 2, max_quantity: 20 }).policy

  it("orders up to the max when the position falls to the reorder point", () => {
    expect(suggestOrderQuantity({ policy: reorderPoint, available: 3, incoming: 2 })).toEqual({
      reorder: true,
      position: 5,
      level: 5,
      target: 20,
      quantity: 15,
    })
  })

  it("counts incoming stock, so an open order prevents a second one", () => {
    const suggestion = suggestOrderQuantity({ policy: reorderPoint, available: 1, incoming: 15 })
    expect(suggestion.reorder).toBe(false)
    expect(suggestion.quantity).toBe(0)
  })

  it("applies the supplier's MOQ and pack size", () => {
    expect(
      suggestOrderQuantity({ policy: reorderPoint, available: 0, incoming: 0, min_order_quantity: 25, pack_size: 10 })
        .quantity
    ).toBe(30)
  })

  it("without a max orders just enough to get above the reorder point", () => {
    const policy = normalizeReorderPolicy({ reorder_point: 5 }).policy
    expect(suggestOrderQuantity({ policy, available: 5, incoming: 0 })).toMatchObject({
      reorder: true,
      target: 6,
      quantity: 1,
    })
    expect(suggestOrderQuantity({ policy, available: 5, incoming: 0, pack_size: 6 }).quantity).toBe(6)
  })

  it("covers backorders (negative availability) too", () => {
    const policy = normalizeReorderPolicy({ method: "min_max", min_quantity: 2, max_quantity: 10 }).policy
    expect(suggestOrderQuantity({ policy, available: -3, incoming: 0 }).quantity).toBe(13)
    expect(suggestOrderQuantity({ policy, available: 3, incoming: 0 }).reorder).toBe(false)
  })

  it("order_up_to tops up whenever the position is below the level", () => {
    const policy = normalizeReorderPolicy({ method: "order_up_to", reorder_point: 2, max_quantity: 12 }).policy
    expect(suggestOrderQuantity({ policy, available: 10, incoming: 0 })).toMatchObject({
      reorder: true,
      quantity: 2,
    })
    expect(suggestOrderQuantity({ policy, available: 12, incoming: 0 }).reorder).toBe(false)
  })
})
