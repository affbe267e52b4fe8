import { repairOrderListFilters } from "../list-filters"

describe("repair order list filters", () => {
  const from = new Date("2026-11-01T00:00:00Z")
  const to = new Date("2026-11-30T00:00:00Z")

  it("turns date ranges into operators and keeps other filters", () => {
    expect(
      repairOrderListFilters({ q: "pump", stage: "in_repair", created_from: from, completed_to: to })
    ).toEqual({
      q: "pump",
      stage: "in_repair",
      created_at: { $gte: from },
      completed_at: { $lte: to },
    })
    expect(repairOrderListFilters({ created_from: from, created_to: to })).toEqual({
      created_at: { $gte: from, $lte: to },
    })
  })

  it("matches any of the given fault codes", () => {
    expect(repairOrderListFilters({ fault_code: "ME-01" })).toEqual({ fault_codes: { $overlap: ["ME-01"] } })
    expect(repairOrderListFilters({ fault_code: ["ME-01", "BT-01"] })).toEqual({
      fault_codes: { $overlap: ["ME-01", "BT-01"] },
    })
    expect(repairOrderListFilters({ fault_code: undefined, order_id: "order_1" })).toEqual({ order_id: "order_1" })
  })
})
