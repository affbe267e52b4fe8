/**
 * CSV import of warranty serial numbers (same conventions as the spare-parts import: header
 * required, columns in any order, unknown columns refused, problems as `{ line, message }`).
 *
 * A row either assigns a serial to a unit sold in the store (`order_display_id` + `sku` +
 * `unit_index`, default 1), or - without an order - registers a unit sold elsewhere
 * (`customer_email` or `customer_id`, `purchased_at`, and `sku` or `product_title`; `policy`
 * is a policy id or name, else the matching standard policy applies).
 */
import { readCsvTable, sortProblems, type CsvProblem } from "../spare-parts/csv-import"

export const WARRANTY_CSV_COLUMNS = [
  "serial_number",
  "order_display_id",
  "sku",
  "unit_index",
  "customer_id",
  "customer_email",
  "customer_name",
  "product_title",
  "purchased_at",
  "policy",
] as const

export type WarrantyCsvRow =
  | {
      line: number
      mode: "assign"
      serial_number: string
      order_display_id: number
      sku: string
      unit_index: number
    }
  | {
      line: number
      mode: "create"
      serial_number: string
      sku: string | null
      customer_id: string | null
      customer_email: string | null
      customer_name: string | null
      product_title: string | null
      purchased_at: Date
      policy: string | null
    }

const SERIAL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-\/:#]*$/
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function parseWarrantyCsv(text: string): { rows: WarrantyCsvRow[]; problems: CsvProblem[] } {
  const { records, problems } = readCsvTable(text, WARRANTY_CSV_COLUMNS, ["serial_number"])
  const rows: WarrantyCsvRow[] = []
  const cell = (cells: Record<string, string>, name: string) => cells[name] ?? ""
  for (const { line, cells } of records) {
    const before = problems.length
    const problem = (message: string) => problems.push({ line, message })
    const serial = cell(cells, "serial_number")
    if (!serial) {
      problem("serial_number is empty.")
    } else if (serial.length > 100 || !SERIAL_PATTERN.test(serial)) {
      problem(`serial_number "${serial}" must be up to 100 letters, digits and . _ - / : # (no spaces).`)
    }
    const displayId = cell(cells, "order_display_id")
    if (displayId) {
      const orderNumber = Number(displayId.replace(/^#/, ""))
      if (!Number.isInteger(orderNumber) || orderNumber < 1) {
        problem(`order_display_id must be an order number (got "${displayId}").`)
      }
      const unitCell = cell(cells, "unit_index")
      const unit = unitCell ? Number(unitCell) : 1
      if (!Number.isInteger(unit) || unit < 1) {
        problem(`unit_index must be a whole number from 1 (got "${unitCell}").`)
      }
      const sku = cell(cells, "sku")
      if (!sku) {
        problem("sku is needed to find the order line of the unit.")
      }
      if (problems.length === before) {
        rows.push({ line, mode: "assign", serial_number: serial, order_display_id: orderNumber, sku, unit_index: unit })
      }
      continue
    }
    const email = cell(cells, "customer_email")
    const customerId = cell(cells, "customer_id")
    if (!email && !customerId) {
      problem("A row without order_display_id registers a unit sold elsewhere and needs customer_email or customer_id.")
    }
    if (email && !EMAIL_PATTERN.test(email)) {
      problem(`customer_email "${email}" is not an e-mail address.`)
    }
    const purchasedCell = cell(cells, "purchased_at")
    const purchased = new Date(purchasedCell)
    if (!purchasedCell || Number.isNaN(purchased.getTime())) {
      problem(`purchased_at must be a date like 2026-03-31 (got "${purchasedCell}").`)
    } else if (purchased.getTime() > Date.now() + 24 * 60 * 60 * 1000) {
      problem("purchased_at lies in the future.")
    }
    const sku = cell(cells, "sku")
    const title = cell(cells, "product_title")
    if (!sku && !title) {
      problem("A unit sold elsewhere needs sku or product_title.")
    }
    if (problems.length === before) {
      rows.push({
        line,
        mode: "create",
        serial_number: serial,
        sku: sku || null,
        customer_id: customerId || null,
        customer_email: email ? email.toLowerCase() : null,
        customer_name: cell(cells, "customer_name") || null,
        product_title: title || null,
        purchased_at: purchased,
        policy: cell(cells, "policy") || null,
      })
    }
  }
  const seen = new Map<string, number>()
  for (const { line, cells } of records) {
    const serial = cells.serial_number
    if (!serial) {
      continue
    }
    const first = seen.get(serial)
    if (first !== undefined) {
      problems.push({ line, message: `Serial number ${serial} appears twice in the file (first on line ${first}).` })
    } else {
      seen.set(serial, line)
    }
  }
  return { rows, problems: sortProblems(problems) }
}
