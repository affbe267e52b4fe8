import { damagedReturnQuantities, formatScrapNumber, nextScrapStatus, writtenOffValue } from "../scrap"

describe("scrap requests", () => {
  it("numbers requests SR-000001 from the sequence", () => {
    expect(formatScrapNumber(1)).toBe("SR-000001")
    expect(formatScrapNumber("1234567")).toBe("SR-1234567")
    expect(() => formatScrapNumber("0")).toThrow("not a positive integer")
  })

  it("allows approve and reject only on requested, dispose only on approved", () => {
    expect(nextScrapStatus("requested", "approve", "SR-000001")).toEqual({ status: "approved" })
    expect(nextScrapStatus("approved", "dispose", "SR-000001")).toEqual({ status: "disposed" })
    expect(nextScrapStatus("approved", "cancel", "SR-000001")).toEqual({ status: "canceled" })
    expect(nextScrapStatus("requested", "dispose", "SR-000004")).toEqual({
      problem: "Only a approved scrap request can be disposed; SR-000004 is requested.",
    })
    expect(nextScrapStatus("disposed", "cancel", "SR-000002")).toEqual({
      problem: "Only a requested or approved scrap request can be canceled; SR-000002 is disposed.",
    })
  })

  it("writes off quantity x unit cost in cents, nothing without a cost", () => {
    expect(writtenOffValue(3, 12.345)).toBe(37.04)
    expect(writtenOffValue(2, null)).toBeNull()
  })

  it("asks to scrap the damaged units of spare-part return items, per part", () => {
    const parts = new Map([
      ["variant_a", "part_a"],
      ["variant_b", "part_b"],
    ])
    expect(
      damagedReturnQuantities(
        [
          { return_item_id: "ri_1", variant_id: "variant_a", damaged_quantity: 1 },
          { return_item_id: "ri_2", variant_id: "variant_a", damaged_quantity: 2 },
          { return_item_id: "ri_3", variant_id: "variant_b", damaged_quantity: 0 },
          { return_item_id: "ri_4", variant_id: "variant_shirt", damaged_quantity: 1 },
        ],
        parts
      )
    ).toEqual([{ part_id: "part_a", quantity: 3, return_item_ids: ["ri_1", "ri_2"] }])
  })
})
