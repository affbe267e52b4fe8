import {
  formatStocktakeNumber,
  planManualMovement,
  parseCsvRows,
  parseStockCountCsv,
  stockAlertConditions,
  stockStatus,
  stocktakeAdjustments,
  summarizeVariance,
} from "../stock"

describe("stock alerts", () => {
  it("is low at or below the reorder point and out at zero or below", () => {
    expect(stockAlertConditions(6, 5)).toEqual({ low_stock: false, stockout: false })
    expect(stockAlertConditions(5, 5)).toEqual({ low_stock: true, stockout: false })
    expect(stockAlertConditions(0, 5)).toEqual({ low_stock: true, stockout: true })
    expect(stockAlertConditions(-1, 0)).toEqual({ low_stock: true, stockout: true })
  })

  it("names the status of a position, with or without a policy", () => {
    expect(stockStatus(3, null)).toBe("ok")
    expect(stockStatus(3, 3)).toBe("low_stock")
    expect(stockStatus(0, null)).toBe("stockout")
  })
})

describe("stocktakes", () => {
  it("numbers stocktakes STK-000001", () => {
    expect(formatStocktakeNumber("42")).toBe("STK-000042")
  })

  it("posts only counted lines that differ and sums the variance", () => {
    const lines = [
      { part_id: "a", expected_quantity: 5, counted_quantity: 4 },
      { part_id: "b", expected_quantity: 2, counted_quantity: 2 },
      { part_id: "c", expected_quantity: 1, counted_quantity: 3 },
      { part_id: "d", expected_quantity: 7, counted_quantity: null },
    ]
    expect(stocktakeAdjustments(lines).map((line) => [line.part_id, line.variance])).toEqual([
      ["a", -1],
      ["c", 2],
    ])
    expect(summarizeVariance(lines)).toEqual({
      lines: 4,
      counted: 3,
      uncounted: 1,
      with_variance: 2,
      units_over: 2,
      units_short: 1,
      net_units: 1,
    })
  })
})

describe("stock-count CSV", () => {
  it("reads quoted cells, doubled quotes and CRLF", () => {
    expect(parseCsvRows('a,"b, c"\r\n"say ""hi""",2\n\n')).toEqual([
      ["a", "b, c"],
      ['say "hi"', "2"],
    ])
  })

  it("reports every bad row with its line number", () => {
    const csv = [
      "part_number,counted_quantity",
      "PMP-100,4",
      "XXX-1,2",
      "BAT-200,-1",
      "PMP-100,5",
      ",3",
      "FLT-300,2.5",
    ].join("\n")
    const { rows, problems } = parseStockCountCsv(csv, ["PMP-100", "BAT-200", "FLT-300"])
    expect(rows).toEqual([{ line: 2, part_number: "PMP-100", counted_quantity: 4 }])
    expect(problems).toEqual([
      { line: 3, message: "Part XXX-1 is not part of this stocktake." },
      { line: 4, message: 'counted_quantity of BAT-200 must be a whole number, 0 or more (got "-1").' },
      { line: 5, message: "Part PMP-100 is counted twice (also on line 2)." },
      { line: 6, message: "part_number is empty." },
      { line: 7, message: 'counted_quantity of FLT-300 must be a whole number, 0 or more (got "2.5").' },
    ])
  })

  it("needs the two columns in the header", () => {
    expect(parseStockCountCsv("sku,qty\nA,1", ["A"]).problems).toEqual([
      { line: 1, message: "The header must name the columns part_number and counted_quantity." },
    ])
  })
})

describe("manual movements", () => {
  const request = { part_id: "p", location_id: "a" }

  it("signs receipts in, issues out and pairs the two rows of a transfer", () => {
    expect(planManualMovement({ ...request, type: "receipt", quantity: 3 }, "t")).toMatchObject({
      movements: [{ type: "receipt", quantity: 3, location_id: "a" }],
    })
    expect(
      planManualMovement(
        { ...request, type: "issue", quantity: 2, reference_type: "repair_order", reference_id: "ro_1" },
        "t"
      )
    ).toMatchObject({
      movements: [{ type: "issue", quantity: -2, reference_type: "repair_order", reference_id: "ro_1" }],
    })
    expect(
      planManualMovement({ ...request, type: "transfer", quantity: 4, to_location_id: "b" }, "tr_1")
    ).toMatchObject({
      movements: [
        { type: "transfer_out", quantity: -4, location_id: "a", transfer_id: "tr_1" },
        { type: "transfer_in", quantity: 4, location_id: "b", transfer_id: "tr_1" },
      ],
    })
  })

  it("refuses what makes no sense, saying why", () => {
    expect(planManualMovement({ ...request, type: "adjustment", quantity: -2, reason: " " }, "t")).toEqual({
      problem: "An adjustment needs a reason (e.g. found during a count, damaged).",
    })
    expect(planManualMovement({ ...request, type: "issue", quantity: 0 }, "t")).toEqual({
      problem: "The quantity of an issue must be at least 1 (got 0).",
    })
    expect(
      planManualMovement({ ...request, type: "transfer", quantity: 1, to_location_id: "a" }, "t")
    ).toEqual({ problem: "A transfer must go to another location than the one it leaves." })
    expect(
      planManualMovement({ ...request, type: "issue", quantity: 1, reference_type: "repair_order" }, "t")
    ).toEqual({ problem: "Name the repair_order the movement belongs to (reference_id)." })
  })
})
