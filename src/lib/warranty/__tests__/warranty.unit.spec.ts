import { addMonths, daysUntil, extensionWindows, warrantyWindow } from "../dates"
import { computeWarrantyEntitlement } from "../entitlement"
import { matchExtendedPolicyForSaleVariant, matchStandardPolicy } from "../policy-matching"

const d = (value: string) => new Date(value)

describe("warranty dates", () => {
  it("adds calendar months and clamps to the end of shorter months", () => {
    expect(addMonths(d("2026-01-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z")
    expect(addMonths(d("2024-01-31T00:00:00Z"), 1).toISOString()).toBe("2024-02-29T00:00:00.000Z")
    expect(addMonths(d("2024-02-29T12:00:00Z"), 12).toISOString()).toBe("2025-02-28T12:00:00.000Z")
    expect(addMonths(d("2026-03-15T08:30:00Z"), 24).toISOString()).toBe("2028-03-15T08:30:00.000Z")
    expect(addMonths(d("2026-11-30T00:00:00Z"), 3).toISOString()).toBe("2027-02-28T00:00:00.000Z")
    expect(() => addMonths(d("2026-01-01T00:00:00Z"), 1.5)).toThrow("whole number of months")
  })

  it("starts an extension where the standard warranty ends, chains further extensions", () => {
    const standard = warrantyWindow(d("2026-01-31T00:00:00Z"), 13)
    expect(standard.ends_at.toISOString()).toBe("2027-02-28T00:00:00.000Z")
    const [first, second] = extensionWindows(standard.ends_at, [24, 12])
    expect(first.starts_at.toISOString()).toBe("2027-02-28T00:00:00.000Z")
    expect(first.ends_at.toISOString()).toBe("2029-02-28T00:00:00.000Z")
    expect(second.starts_at.toISOString()).toBe(first.ends_at.toISOString())
    expect(second.ends_at.toISOString()).toBe("2030-02-28T00:00:00.000Z")
  })

  it("counts whole days left, rounding up", () => {
    expect(daysUntil(d("2026-01-11T00:00:00Z"), d("2026-01-01T00:00:00Z"))).toBe(10)
    expect(daysUntil(d("2026-01-11T00:00:01Z"), d("2026-01-01T00:00:00Z"))).toBe(11)
    expect(daysUntil(d("2026-01-01T00:00:00Z"), d("2026-01-02T00:00:00Z"))).toBe(0)
  })
})

describe("warranty policy matching", () => {
  const policies = [
    { id: "p_default", kind: "standard", is_default: true, created_at: "2026-01-01" },
    { id: "p_collection", kind: "standard", collection_ids: ["col_1"], created_at: "2026-01-02" },
    { id: "p_tag", kind: "standard", tag_ids: ["tag_1"], created_at: "2026-01-03" },
    { id: "p_product", kind: "standard", product_ids: ["prod_1"], created_at: "2026-01-04" },
    { id: "p_variant", kind: "standard", variant_ids: ["var_1"], created_at: "2026-01-05" },
    { id: "p_inactive", kind: "standard", variant_ids: ["var_2"], is_active: false },
    { id: "p_ext", kind: "extended", sale_variant_ids: ["var_ext"], product_ids: ["prod_1"] },
  ]

  it("prefers variant over product over collection/type/tag over the default", () => {
    const product = { product_id: "prod_1", variant_id: "var_1", collection_id: "col_1", tag_ids: ["tag_1"] }
    expect(matchStandardPolicy(policies, product)).toMatchObject({ policy: { id: "p_variant" }, level: "variant" })
    expect(matchStandardPolicy(policies, { ...product, variant_id: "var_9" })?.policy.id).toBe("p_product")
    expect(matchStandardPolicy(policies, { collection_id: "col_1", tag_ids: ["tag_1"] })).toMatchObject({
      policy: { id: "p_collection" },
      level: "category",
    })
    expect(matchStandardPolicy(policies, { tag_ids: ["tag_1"] })?.policy.id).toBe("p_tag")
    expect(matchStandardPolicy(policies, { product_id: "prod_x" })).toMatchObject({
      policy: { id: "p_default" },
      level: "default",
    })
  })

  it("ignores inactive and extended policies for the standard match, none without a default", () => {
    expect(matchStandardPolicy(policies, { variant_id: "var_2" })?.policy.id).toBe("p_default")
    expect(matchStandardPolicy(policies.slice(1), { product_id: "prod_x" })).toBeNull()
  })

  it("finds the extended policy sold as a variant", () => {
    expect(matchExtendedPolicyForSaleVariant(policies, "var_ext")?.id).toBe("p_ext")
    expect(matchExtendedPolicyForSaleVariant(policies, "var_1")).toBeNull()
    expect(matchExtendedPolicyForSaleVariant(policies, null)).toBeNull()
  })
})

describe("warranty entitlement", () => {
  const standard = {
    id: "wreg_std",
    kind: "standard",
    status: "active",
    coverage: "parts_and_labour",
    starts_at: "2026-01-31T00:00:00.000Z",
    ends_at: "2028-01-31T00:00:00.000Z",
    policy: { id: "wpol_1", name: "2-year" },
  }
  const extension = {
    id: "wreg_ext",
    kind: "extended",
    status: "pending",
    coverage: "parts",
    starts_at: "2028-01-31T00:00:00.000Z",
    ends_at: "2030-01-31T00:00:00.000Z",
    policy: { id: "wpol_ext", name: "+2 years" },
  }

  it("is unknown without a registration", () => {
    const result = computeWarrantyEntitlement({ standard: null, at: d("2026-05-01T00:00:00Z") })
    expect(result).toMatchObject({ status: "unknown", covered: false, reason: "not_registered", coverage: null })
    expect(result.checked_at).toBe("2026-05-01T00:00:00.000Z")
  })

  it("covers parts and labour inside the standard window", () => {
    const result = computeWarrantyEntitlement({ standard, extensions: [extension], at: d("2027-06-01T00:00:00Z") })
    expect(result).toEqual({
      status: "in_warranty",
      covered: true,
      covers_parts: true,
      covers_labour: true,
      coverage: "parts_and_labour",
      registration_id: "wreg_std",
      covering_registration_id: "wreg_std",
      policy_id: "wpol_1",
      policy_name: "2-year",
      starts_at: "2026-01-31T00:00:00.000Z",
      ends_at: "2030-01-31T00:00:00.000Z",
      reason: "covered",
      checked_at: "2027-06-01T00:00:00.000Z",
    })
  })

  it("is extended inside the extension window, with the extension's coverage", () => {
    const result = computeWarrantyEntitlement({ standard, extensions: [extension], at: d("2028-01-31T00:00:00Z") })
    expect(result).toMatchObject({
      status: "extended",
      covered: true,
      coverage: "parts",
      covers_parts: true,
      covers_labour: false,
      registration_id: "wreg_std",
      covering_registration_id: "wreg_ext",
      policy_id: "wpol_ext",
      ends_at: "2030-01-31T00:00:00.000Z",
    })
  })

  it("is out of warranty after the last window, and ignores voided extensions", () => {
    expect(
      computeWarrantyEntitlement({ standard, extensions: [extension], at: d("2030-01-31T00:00:00Z") })
    ).toMatchObject({ status: "out_of_warranty", covered: false, reason: "expired", coverage: null })
    expect(
      computeWarrantyEntitlement({
        standard,
        extensions: [{ ...extension, status: "voided" }],
        at: d("2028-06-01T00:00:00Z"),
      })
    ).toMatchObject({ status: "out_of_warranty", reason: "expired", ends_at: "2028-01-31T00:00:00.000Z" })
  })

  it("is covered but pending before the start event, not covered once voided", () => {
    const pending = { ...standard, status: "pending", starts_at: null, ends_at: null }
    expect(computeWarrantyEntitlement({ standard: pending, at: d("2026-02-01T00:00:00Z") })).toMatchObject({
      status: "in_warranty",
      covered: true,
      reason: "pending",
      starts_at: null,
      ends_at: null,
    })
    expect(
      computeWarrantyEntitlement({
        standard: { ...standard, status: "voided" },
        extensions: [extension],
        at: d("2026-06-01T00:00:00Z"),
      })
    ).toMatchObject({ status: "out_of_warranty", covered: false, reason: "voided", covering_registration_id: null })
  })
})
