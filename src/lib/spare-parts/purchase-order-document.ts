/**
 * The printable purchase order sent to a supplier: one self-contained HTML page (inline
 * styles, a print stylesheet, no external resources) that browsers print or save as PDF.
 * Pure, no Medusa.
 */

export type DocumentAddress = {
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
}

export type PurchaseOrderDocumentInput = {
  company: { name: string }
  supplier: {
    code: string
    name: string
    contact_name?: string | null
    email?: string | null
    phone?: string | null
    address?: DocumentAddress | null
    payment_terms?: string | null
  }
  order: {
    number: string
    status: string
    currency_code: string
    ordered_at?: Date | string | null
    expected_at?: Date | string | null
    created_at: Date | string
    notes?: string | null
    subtotal: number
    total: number
  }
  lines: {
    part_number: string
    part_name: string
    supplier_part_number?: string | null
    quantity: number
    unit_price: number
    location_name: string
  }[]
  /** Delivery addresses by stock location name. */
  deliver_to: { name: string; address?: DocumentAddress | null }[]
  generated_at?: Date
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (character) => HTML_ESCAPES[character])
}

function formatMoney(amount: number, currencyCode: string): string {
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
  } catch {
    return `${amount.toFixed(2)} ${currencyCode.toUpperCase()}`
  }
}

function formatDate(value: Date | string | null | undefined): string {
  if (!value) {
    return "—"
  }
  return new Date(value).toISOString().slice(0, 10)
}

function addressLines(address: DocumentAddress | null | undefined): string[] {
  if (!address) {
    return []
  }
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(" ")
  return [
    address.address_1,
    address.address_2,
    cityLine,
    address.province,
    address.country_code?.toUpperCase(),
  ].filter((line): line is string => !!line)
}

const STYLES = `
  * { box-sizing: border-box; }
  body { font-family: "Helvetica Neue", Arial, sans-serif; color: #111; margin: 0; padding: 32px; font-size: 13px; }
  .page { max-width: 860px; margin: 0 auto; }
  header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid #111; padding-bottom: 16px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  .muted { color: #555; }
  .parties { display: flex; gap: 32px; margin: 24px 0; }
  .parties section { flex: 1; }
  h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #555; margin: 0 0 6px; }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: 8px 6px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
  th { font-size: 11px; text-transform: uppercase; color: #555; }
  td.number, th.number { text-align: right; white-space: nowrap; }
  tfoot td { border-bottom: none; font-weight: 600; }
  .notes { margin-top: 24px; white-space: pre-wrap; }
  .toolbar { margin-bottom: 16px; }
  .toolbar button { padding: 6px 14px; }
  @media print {
    body { padding: 0; font-size: 11pt; }
    .toolbar { display: none; }
    @page { size: A4; margin: 18mm 15mm; }
    tr { page-break-inside: avoid; }
  }
`

/** The complete HTML page of a purchase order. */
export function renderPurchaseOrderDocument(input: PurchaseOrderDocumentInput): string {
  const { company, supplier, order, lines } = input
  const currency = order.currency_code
  const rows = lines
    .map(
      (line, index) => `
        <tr>
          <td>${index + 1}</td>
          <td><strong>${escapeHtml(line.part_number)}</strong><br /><span class="muted">${escapeHtml(line.part_name)}</span></td>
          <td>${escapeHtml(line.supplier_part_number ?? "—")}</td>
          <td>${escapeHtml(line.location_name)}</td>
          <td class="number">${line.quantity}</td>
          <td class="number">${escapeHtml(formatMoney(line.unit_price, currency))}</td>
          <td class="number">${escapeHtml(formatMoney(Math.round(line.quantity * line.unit_price * 100) / 100, currency))}</td>
        </tr>`
    )
    .join("")
  const supplierContact = [
    ...addressLines(supplier.address),
    supplier.contact_name,
    supplier.email,
    supplier.phone,
  ]
    .filter(Boolean)
    .map((line) => `${escapeHtml(line)}<br />`)
    .join("")
  const deliverTo = input.deliver_to
    .map(
      (location) =>
        `<p><strong>${escapeHtml(location.name)}</strong><br />${addressLines(location.address)
          .map((line) => `${escapeHtml(line)}<br />`)
          .join("")}</p>`
    )
    .join("")
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Purchase order ${escapeHtml(order.number)}</title>
<style>${STYLES}</style>
</head>
<body>
<div class="page">
  <div class="toolbar"><button type="button" onclick="window.print()">Print / save as PDF</button></div>
  <header>
    <div>
      <h1>Purchase order ${escapeHtml(order.number)}</h1>
      <div class="muted">${escapeHtml(company.name)}</div>
    </div>
    <table style="width:auto">
      <tr><th>Order date</th><td>${escapeHtml(formatDate(order.ordered_at ?? order.created_at))}</td></tr>
      <tr><th>Expected delivery</th><td>${escapeHtml(formatDate(order.expected_at))}</td></tr>
      <tr><th>Currency</th><td>${escapeHtml(currency.toUpperCase())}</td></tr>
      ${supplier.payment_terms ? `<tr><th>Payment terms</th><td>${escapeHtml(supplier.payment_terms)}</td></tr>` : ""}
      ${order.status === "draft" ? `<tr><th>Status</th><td>DRAFT – not yet placed</td></tr>` : ""}
    </table>
  </header>
  <div class="parties">
    <section>
      <h2>Supplier</h2>
      <p><strong>${escapeHtml(supplier.name)}</strong> (${escapeHtml(supplier.code)})<br />${supplierContact}</p>
    </section>
    <section>
      <h2>Deliver to</h2>
      ${deliverTo}
    </section>
  </div>
  <table>
    <thead>
      <tr>
        <th>#</th><th>Part</th><th>Supplier part no.</th><th>Deliver to</th>
        <th class="number">Qty</th><th class="number">Unit price</th><th class="number">Amount</th>
      </tr>
    </thead>
    <tbody>${rows}</tbody>
    <tfoot>
      <tr><td colspan="6" class="number">Subtotal</td><td class="number">${escapeHtml(formatMoney(order.subtotal, currency))}</td></tr>
      <tr><td colspan="6" class="number">Total</td><td class="number">${escapeHtml(formatMoney(order.total, currency))}</td></tr>
    </tfoot>
  </table>
  ${order.notes ? `<div class="notes"><h2>Notes</h2>${escapeHtml(order.notes)}</div>` : ""}
  <p class="muted" style="margin-top:32px">Please quote ${escapeHtml(order.number)} on your delivery note and invoice.</p>
</div>
</body>
</html>`
}
