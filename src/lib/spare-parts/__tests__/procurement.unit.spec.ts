import {
  assertPurchaseOrderAction,
  assertRequisitionAction,
  chooseSupplierOffer,
  closingShortfall,
  formatDocumentNumber,
  linesTotal,
  maxAcceptedQuantity,
  pickApprovalRule,
  planReceipt,
  ProcurementRuleError,
  SupplierOffer,
  validateApprovalRule,
  ApprovalRuleLike,
} from "../procurement"

const rule = (overrides: Partial<ApprovalRuleLike>): ApprovalRuleLike => ({
  id: "r",
  name: "rule",
  document_type: "requisition",
  min_amount: 0,
  max_amount: null,
  category: null,
  approver_role: "approver",
  is_active: true,
  rank: 0,
  ...overrides,
})

describe("formatDocumentNumber", () => {
  it("pads the sequence value behind the kind's prefix", () => {
    expect(formatDocumentNumber("requisition", 7)).toBe("PR-000007")
    expect(formatDocumentNumber("purchase_order", "123")).toBe("PO-000123")
    expect(formatDocumentNumber("goods_receipt", 1234567)).toBe("GR-1234567")
  })
})

describe("status machines", () => {
  it("allows the documented requisition moves and names the possible ones otherwise", () => {
    expect(assertRequisitionAction("PR-000001", "draft", "submit")).toEqual(["draft"])
    expect(assertRequisitionAction("PR-000001", "approved", "cancel")).toContain("approved")
    expect(() => assertRequisitionAction("PR-000001", "draft", "approve")).toThrow(
      "Requisition PR-000001 is draft and cannot be approved. Possible now: submit, cancel, update."
    )
    expect(() => assertRequisitionAction("PR-000001", "converted", "cancel")).toThrow(
      "Nothing more can be done with it."
    )
  })

  it("keeps purchase orders editable only as drafts and cancelable only before goods arrive", () => {
    expect(() => assertPurchaseOrderAction("PO-000001", "ordered", "update")).toThrow(
      "Purchase order PO-000001 is ordered and cannot be edited."
    )
    expect(assertPurchaseOrderAction("PO-000001", "ordered", "cancel")).toEqual(["draft", "ordered"])
    expect(() => assertPurchaseOrderAction("PO-000001", "partially_received", "cancel")).toThrow(
      ProcurementRuleError
    )
    expect(assertPurchaseOrderAction("PO-000001", "partially_received", "close")).toContain(
      "partially_received"
    )
    expect(() => assertPurchaseOrderAction("PO-000001", "closed", "receive")).toThrow(
      "Purchase order PO-000001 is closed and cannot be received against."
    )
  })
})

describe("pickApprovalRule", () => {
  const rules = [
    rule({ id: "small", min_amount: 0, max_amount: 500, approver_role: "parts_manager" }),
    rule({ id: "large", min_amount: 500, approver_role: "approver" }),
    rule({ id: "batteries", min_amount: 100, category: "batteries", approver_role: "safety", rank: 0 }),
    rule({ id: "orders", document_type: "purchase_order", min_amount: 1000, approver_role: "approver" }),
    rule({ id: "off", min_amount: 0, is_active: false, rank: -5, approver_role: "nobody" }),
  ]
  const pick = (amount: number, categories: string[] = [], document_type: "requisition" | "purchase_order" = "requisition") =>
    pickApprovalRule(rules, { document_type, amount, categories })?.id ?? null

  it("matches the amount band with min inclusive and max exclusive", () => {
    expect(pick(0)).toBe("small")
    expect(pick(499.99)).toBe("small")
    expect(pick(500)).toBe("large")
    expect(pick(100000)).toBe("large")
  })

  it("prefers a category rule at equal rank when a line has that category", () => {
    expect(pick(150, ["pumps", "batteries"])).toBe("batteries")
    expect(pick(50, ["batteries"])).toBe("small")
    expect(pick(150, ["pumps"])).toBe("small")
  })

  it("lets a lower rank win over a category rule", () => {
    const ranked = [...rules, rule({ id: "ceo", min_amount: 0, rank: -1, approver_role: "admin" })]
    expect(pickApprovalRule(ranked, { document_type: "requisition", amount: 150, categories: ["batteries"] })?.id).toBe("ceo")
  })

  it("keeps document types apart and returns null when nothing applies (auto-approval)", () => {
    expect(pick(999, [], "purchase_order")).toBeNull()
    expect(pick(1000, [], "purchase_order")).toBe("orders")
    expect(pickApprovalRule([], { document_type: "requisition", amount: 10, categories: [] })).toBeNull()
  })
})

describe("validateApprovalRule", () => {
  it("names a band that is empty or negative and a missing role", () => {
    expect(validateApprovalRule({ min_amount: 100, max_amount: 100, approver_role: "approver" })).toEqual([
      "max_amount (100) must be greater than min_amount (100).",
    ])
    expect(validateApprovalRule({ min_amount: -1, approver_role: " " })).toHaveLength(2)
    expect(validateApprovalRule({ min_amount: 0, max_amount: null, approver_role: "approver" })).toEqual([])
  })
})

describe("chooseSupplierOffer", () => {
  const offer = (overrides: Partial<SupplierOffer>): SupplierOffer => ({
    supplier_id: "a",
    supplier_is_active: true,
    unit_price: 10,
    currency_code: "eur",
    supplier_part_number: null,
    lead_time_days: null,
    min_order_quantity: 1,
    pack_size: 1,
    is_preferred: false,
    ...overrides,
  })
  const offers = [
    offer({ supplier_id: "cheap", unit_price: 8 }),
    offer({ supplier_id: "preferred", unit_price: 12, is_preferred: true }),
    offer({ supplier_id: "closed", unit_price: 1, supplier_is_active: false }),
  ]

  it("takes the suggested supplier, else the preferred offer, else the cheapest; never an inactive one", () => {
    expect(chooseSupplierOffer(offers, "cheap")?.supplier_id).toBe("cheap")
    expect(chooseSupplierOffer(offers, null)?.supplier_id).toBe("preferred")
    expect(chooseSupplierOffer(offers, "closed")?.supplier_id).toBe("preferred")
    expect(chooseSupplierOffer(offers.filter((o) => !o.is_preferred), undefined)?.supplier_id).toBe("cheap")
    expect(chooseSupplierOffer([offers[2]], null)).toBeNull()
  })
})

describe("receipts", () => {
  const lines = [
    { id: "l1", part_number: "P-1", quantity: 10, received_quantity: 0, damaged_quantity: 0 },
    { id: "l2", part_number: "P-2", quantity: 4, received_quantity: 0, damaged_quantity: 0 },
  ]

  it("sums line totals to cents", () => {
    expect(linesTotal([{ quantity: 3, unit_price: 0.1 }, { quantity: 2, unit_price: 19.99 }])).toBe(40.28)
  })

  it("allows 10% over-delivery, rounded down", () => {
    expect(maxAcceptedQuantity(10)).toBe(11)
    expect(maxAcceptedQuantity(4)).toBe(4)
    expect(maxAcceptedQuantity(25, 20)).toBe(30)
  })

  it("plans a partial receipt: damaged units are not accepted", () => {
    const plan = planReceipt(lines, [
      { purchase_order_line_id: "l1", quantity_received: 6, quantity_damaged: 1 },
    ])
    expect(plan).toEqual({
      lines: [{ purchase_order_line_id: "l1", quantity_received: 6, quantity_damaged: 1, quantity_accepted: 5, max_accepted: 11 }],
      fully_received: false,
      status: "partially_received",
    })
  })

  it("is fully received only when every line accepted its ordered quantity; damaged ones are still owed", () => {
    const after = [
      { ...lines[0], received_quantity: 6, damaged_quantity: 1 },
      { ...lines[1], received_quantity: 4, damaged_quantity: 0 },
    ]
    expect(planReceipt(after, [{ purchase_order_line_id: "l1", quantity_received: 4 }]).status).toBe("partially_received")
    expect(planReceipt(after, [{ purchase_order_line_id: "l1", quantity_received: 5 }]).status).toBe("received")
    expect(closingShortfall(after)).toEqual([{ purchase_order_line_id: "l1", part_number: "P-1", shortfall: 5 }])
  })

  it("refuses over-delivery beyond the tolerance, naming the most that can still be accepted", () => {
    const after = [{ ...lines[0], received_quantity: 9, damaged_quantity: 0 }, lines[1]]
    expect(() => planReceipt(after, [{ purchase_order_line_id: "l1", quantity_received: 3 }])).toThrow(
      "Line P-1: accepting 3 would bring it to 12 of 10 ordered; at most 11 (10% over-delivery) can be accepted, so at most 2 more."
    )
    expect(planReceipt(after, [{ purchase_order_line_id: "l1", quantity_received: 2 }]).status).toBe("partially_received")
  })

  it("lists every problem of a bad receipt", () => {
    let message = ""
    try {
      planReceipt(lines, [
        { purchase_order_line_id: "nope", quantity_received: 1 },
        { purchase_order_line_id: "l1", quantity_received: 2, quantity_damaged: 3 },
        { purchase_order_line_id: "l2", quantity_received: 1.5 },
      ])
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain("Line nope is not a line of this purchase order.")
    expect(message).toContain("Line P-1: 3 damaged is more than the 2 received.")
    expect(message).toContain("Line P-2: quantities must be whole numbers of zero or more.")
    expect(() => planReceipt(lines, [{ purchase_order_line_id: "l1", quantity_received: 0 }])).toThrow(
      "The receipt is empty"
    )
  })
})
