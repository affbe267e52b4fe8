import { renderPurchaseOrderDocument } from "../purchase-order-document"

const input = {
  company: { name: "Aurora Home & Mobility" },
  supplier: {
    code: "ULKA",
    name: "Ulka <Pumps> & Co",
    email: "orders@ulka.example",
    address: { address_1: "Via Roma 1", postal_code: "20100", city: "Milano", country_code: "it" },
    payment_terms: "30 days net",
  },
  order: {
    number: "PO-000042",
    status: "ordered",
    currency_code: "eur",
    ordered_at: "2026-03-01T10:00:00Z",
    expected_at: "2026-03-10T00:00:00Z",
    created_at: "2026-03-01T09:00:00Z",
    notes: "Deliver mornings only",
    subtotal: 190.5,
    total: 190.5,
  },
  lines: [
    { part_number: "SP-PUMP", part_name: "Water pump", supplier_part_number: "EP5", quantity: 10, unit_price: 18.5, location_name: "Hamburg" },
    { part_number: "SP-BURR", part_name: "Burr set", supplier_part_number: null, quantity: 1, unit_price: 5.5, location_name: "Hamburg" },
  ],
  deliver_to: [{ name: "Hamburg", address: { address_1: "Hafenstraße 5", city: "Hamburg", country_code: "de" } }],
}

describe("renderPurchaseOrderDocument", () => {
  const html = renderPurchaseOrderDocument(input)

  it("shows the order, the company, supplier, delivery address, lines, totals and dates", () => {
    expect(html).toContain("<title>Purchase order PO-000042</title>")
    expect(html).toContain("Aurora Home &amp; Mobility")
    expect(html).toContain("Via Roma 1")
    expect(html).toContain("Hafenstraße 5")
    expect(html).toContain("SP-PUMP")
    expect(html).toContain("EP5")
    expect(html).toContain("€185.00")
    expect(html).toContain("€190.50")
    expect(html).toContain("2026-03-10")
    expect(html).toContain("30 days net")
    expect(html).toContain("Deliver mornings only")
  })

  it("escapes what users typed and has a print stylesheet", () => {
    expect(html).toContain("Ulka &lt;Pumps&gt; &amp; Co")
    expect(html).not.toContain("<Pumps>")
    expect(html).toContain("@media print")
  })

  it("marks a draft as not yet placed", () => {
    expect(renderPurchaseOrderDocument({ ...input, order: { ...input.order, status: "draft" } })).toContain(
      "DRAFT – not yet placed"
    )
  })
})
