import { parseWarrantyCsv } from "../csv-import"
import { planActivations, planOrderRegistrations, planReturnVoids, unitStartDate } from "../registration-plan"

const policies = [
  { id: "p_default", kind: "standard", is_default: true, duration_months: 24, coverage: "parts_and_labour", start_basis: "delivery_date" },
  { id: "p_drill", kind: "standard", product_ids: ["prod_drill"], duration_months: 12, coverage: "parts", start_basis: "fulfillment_date" },
  { id: "p_ext", kind: "extended", sale_variant_ids: ["var_ext"], duration_months: 24, coverage: "parts_and_labour", start_basis: "delivery_date" },
]

const order = {
  id: "order_1",
  display_id: 7,
  customer_id: "cus_1",
  created_at: "2026-01-10T10:00:00.000Z",
  items: [
    { id: "li_drill", quantity: 3, product_id: "prod_drill", variant_id: "var_drill", product_title: "Drill", sku: "DR" },
    { id: "li_mixer", quantity: 1, product_id: "prod_mixer", variant_id: "var_mixer", product_title: "Mixer", sku: "MX" },
    { id: "li_ext", quantity: 2, product_id: "prod_ext", variant_id: "var_ext", product_title: "+2y", metadata: { extends_line_item_id: "li_mixer" } },
  ],
  fulfillments: [
    { id: "ful_1", created_at: "2026-01-12T08:00:00.000Z", delivered_at: "2026-01-14T15:00:00.000Z", items: [{ line_item_id: "li_drill", quantity: 2 }, { line_item_id: "li_mixer", quantity: 1 }] },
    { id: "ful_2", created_at: "2026-01-20T08:00:00.000Z", delivered_at: null, items: [{ line_item_id: "li_drill", quantity: 1 }] },
    { id: "ful_x", created_at: "2026-01-11T08:00:00.000Z", canceled_at: "2026-01-11T09:00:00.000Z", items: [{ line_item_id: "li_drill", quantity: 3 }] },
  ],
}

describe("order warranty plan", () => {
  it("finds the start of each unit from the fulfilment that shipped it, skipping canceled ones", () => {
    expect(unitStartDate("order_date", order, "li_drill", 3)?.toISOString()).toBe("2026-01-10T10:00:00.000Z")
    expect(unitStartDate("fulfillment_date", order, "li_drill", 2)?.toISOString()).toBe("2026-01-12T08:00:00.000Z")
    expect(unitStartDate("fulfillment_date", order, "li_drill", 3)?.toISOString()).toBe("2026-01-20T08:00:00.000Z")
    expect(unitStartDate("delivery_date", order, "li_drill", 3)).toBeNull()
    expect(unitStartDate("delivery_date", order, "li_mixer", 1)?.toISOString()).toBe("2026-01-14T15:00:00.000Z")
    expect(unitStartDate("fulfillment_date", { ...order, fulfillments: [] }, "li_drill", 1)).toBeNull()
  })

  it("plans one registration per unit and extensions on the named line, chained", () => {
    const rows = planOrderRegistrations({ order, policies, now: new Date("2026-02-01") })
    const drill = rows.filter((row) => row.line_item_id === "li_drill")
    expect(drill.map((row) => [row.unit_index, row.policy_id, row.status, row.ends_at?.toISOString()])).toEqual([
      [1, "p_drill", "active", "2027-01-12T08:00:00.000Z"],
      [2, "p_drill", "active", "2027-01-12T08:00:00.000Z"],
      [3, "p_drill", "active", "2027-01-20T08:00:00.000Z"],
    ])
    const mixer = rows.find((row) => row.line_item_id === "li_mixer")!
    expect(mixer).toEqual(expect.objectContaining({ policy_id: "p_default", starts_at: new Date("2026-01-14T15:00:00.000Z") }))
    const ext = rows.filter((row) => row.kind === "extended")
    expect(ext.map((row) => [row.unit_index, row.extends, row.starts_at?.toISOString(), row.ends_at?.toISOString()])).toEqual([
      [1, { line_item_id: "li_mixer", unit_index: 1 }, "2028-01-14T15:00:00.000Z", "2030-01-14T15:00:00.000Z"],
      [2, { line_item_id: "li_mixer", unit_index: 1 }, "2030-01-14T15:00:00.000Z", "2032-01-14T15:00:00.000Z"],
    ])
    expect(ext[0]).toEqual(expect.objectContaining({ product_title: "Mixer", sku: "MX", coverage: "parts_and_labour" }))
  })

  it("extends the first eligible line without metadata, leaves extensions pending while it is", () => {
    const rows = planOrderRegistrations({
      order: { ...order, fulfillments: [], items: [order.items[1], { ...order.items[2], quantity: 1, metadata: null }] },
      policies,
      now: new Date("2026-02-01"),
    })
    expect(rows.map((row) => [row.kind, row.status, row.extends?.line_item_id ?? null])).toEqual([
      ["standard", "pending", null],
      ["extended", "pending", "li_mixer"],
    ])
  })

  it("activates pending units once their start event happened, extensions after the standard window", () => {
    const activations = planActivations({
      order,
      registrations: [
        { id: "r1", kind: "standard", status: "pending", line_item_id: "li_mixer", unit_index: 1, duration_months: 24, start_basis: "delivery_date" },
        { id: "r2", kind: "standard", status: "pending", line_item_id: "li_drill", unit_index: 3, duration_months: 12, start_basis: "delivery_date" },
        { id: "e1", kind: "extended", status: "pending", line_item_id: "li_ext", unit_index: 1, duration_months: 24, start_basis: "x", extends_registration_id: "r1" },
      ],
    })
    expect(activations.map((a) => [a.id, a.starts_at.toISOString(), a.ends_at.toISOString()])).toEqual([
      ["r1", "2026-01-14T15:00:00.000Z", "2028-01-14T15:00:00.000Z"],
      ["e1", "2028-01-14T15:00:00.000Z", "2030-01-14T15:00:00.000Z"],
    ])
  })

  it("voids returned units newest first and only the difference on a second return", () => {
    const registrations = [1, 2, 3].map((unit) => ({ id: `r${unit}`, line_item_id: "li", unit_index: unit, status: "active", void_reason: null as string | null }))
    expect(planReturnVoids({ returned: new Map([["li", 2]]), registrations })).toEqual(["r3", "r2"])
    registrations[2] = { ...registrations[2], status: "voided", void_reason: "returned" }
    expect(planReturnVoids({ returned: new Map([["li", 1]]), registrations })).toEqual([])
    expect(planReturnVoids({ returned: new Map([["li", 2]]), registrations })).toEqual(["r2"])
  })
})

describe("warranty serial CSV", () => {
  it("reads assign and create rows and reports every problem with its line", () => {
    const ok = parseWarrantyCsv(
      "serial_number,order_display_id,sku,unit_index,customer_email,product_title,purchased_at\nSN-1,#12,DR,2,,,\nSN-2,,,,Shop@Example.com,Mixer,2026-03-01\n"
    )
    expect(ok.problems).toEqual([])
    expect(ok.rows[0]).toEqual({ line: 2, mode: "assign", serial_number: "SN-1", order_display_id: 12, sku: "DR", unit_index: 2 })
    expect(ok.rows[1]).toEqual(expect.objectContaining({ line: 3, mode: "create", customer_email: "shop@example.com", product_title: "Mixer" }))

    const bad = parseWarrantyCsv("serial_number,order_display_id,sku,colour\nSN 1,x,,red\n")
    expect(bad.problems).toEqual([{ line: 1, message: expect.stringContaining('Unknown column "colour"') }])
    const rows = parseWarrantyCsv("serial_number,order_display_id,sku,unit_index,purchased_at\nSN 1,x,,0,\nSN-2,,,,\nSN-3,5,DR,1,\nSN-3,5,DR,2,\n")
    expect(rows.problems.map((p) => p.line)).toEqual([2, 2, 2, 2, 3, 3, 3, 5])
    expect(rows.problems.at(-1)!.message).toBe("Serial number SN-3 appears twice in the file (first on line 4).")
  })
})
