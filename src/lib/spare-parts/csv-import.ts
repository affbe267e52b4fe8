/**
 * CSV files of spare-part master data (ERP synchronisation): reading, and checking each row
 * on its own. Checks that need the database (does the SKU exist, is the supplier known) are
 * made by the import workflow, which reports them the same way: `{ line, message }` with the
 * physical line number where the record starts (the header is line 1).
 *
 * Conventions (also in the README):
 * - a header row is required; columns may come in any order; unknown columns are refused;
 * - a column left out of the header leaves that field as it is; an empty cell clears an
 *   optional field (and is the default on creation);
 * - `specifications` is `key=value;key=value` (the value may contain `=`, not `;`);
 *   `compatible_products` is a `;`-separated list of product handles;
 * - a cell that starts with `'` followed by `=`, `+`, `-` or `@` loses the `'`: the export
 *   writes it so spreadsheet programs do not run the value as a formula.
 */

export type CsvProblem = { line: number; message: string }

export type CsvRecord = { line: number; cells: Record<string, string> }

/** Splits CSV text into records (RFC 4180 quoting, CRLF or LF), each with the line it starts on. */
export function splitCsvRecords(text: string): { fields: string[]; line: number }[] {
  const source = text.replace(/^\uFEFF/, "")
  const records: { fields: string[]; line: number }[] = []
  let fields: string[] = []
  let field = ""
  let quoted = false
  let line = 1
  let recordLine = 1
  let recordStarted = false
  const endRecord = () => {
    fields.push(field)
    if (fields.length > 1 || fields[0] !== "") {
      records.push({ fields, line: recordLine })
    }
    fields = []
    field = ""
    recordStarted = false
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (!recordStarted) {
      recordLine = line
      recordStarted = true
    }
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        if (char === "\n") {
          line++
        }
        field += char
      }
    } else if (char === '"' && field === "") {
      quoted = true
    } else if (char === ",") {
      fields.push(field)
      field = ""
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") {
        i++
      }
      endRecord()
      line++
    } else {
      field += char
    }
  }
  if (recordStarted) {
    endRecord()
  }
  return records
}

const unescapeCell = (value: string) => (/^'[=+\-@]/.test(value) ? value.slice(1) : value)

/**
 * Reads the header and the records as { column: cell } maps (cells trimmed). Problems: no
 * header, a missing required column, an unknown or repeated column, a record with more cells
 * than the header.
 */
export function readCsvTable(
  text: string,
  columns: readonly string[],
  required: readonly string[]
): { header: string[]; records: CsvRecord[]; problems: CsvProblem[] } {
  const [head, ...body] = splitCsvRecords(text)
  if (!head) {
    return { header: [], records: [], problems: [{ line: 1, message: "The file is empty." }] }
  }
  const header = head.fields.map((name) => name.trim().toLowerCase())
  const problems: CsvProblem[] = []
  for (const name of header) {
    if (!columns.includes(name)) {
      problems.push({
        line: head.line,
        message: `Unknown column "${name}"; the columns are ${columns.join(", ")}.`,
      })
    }
  }
  const repeated = header.filter((name, index) => header.indexOf(name) !== index)
  for (const name of new Set(repeated)) {
    problems.push({ line: head.line, message: `Column "${name}" appears more than once.` })
  }
  for (const name of required) {
    if (!header.includes(name)) {
      problems.push({ line: head.line, message: `The header must include the column "${name}".` })
    }
  }
  if (problems.length) {
    return { header, records: [], problems }
  }
  if (!body.length) {
    problems.push({ line: head.line + 1, message: "The file has a header but no rows." })
  }
  const records: CsvRecord[] = []
  for (const record of body) {
    if (record.fields.length > header.length) {
      problems.push({
        line: record.line,
        message: `The row has ${record.fields.length} cells but the header only ${header.length}.`,
      })
      continue
    }
    const cells: Record<string, string> = {}
    header.forEach((name, index) => {
      cells[name] = unescapeCell((record.fields[index] ?? "").trim())
    })
    records.push({ line: record.line, cells })
  }
  return { header, records, problems }
}

/** `key=value;key=value` -> object; null for an empty cell. */
export function parseSpecifications(cell: string): { value: Record<string, string> | null; error?: string } {
  if (!cell.trim()) {
    return { value: null }
  }
  const value: Record<string, string> = {}
  for (const pair of cell.split(";")) {
    if (!pair.trim()) {
      continue
    }
    const separator = pair.indexOf("=")
    const key = separator > 0 ? pair.slice(0, separator).trim() : ""
    if (!key) {
      return { value: null, error: `specifications must be key=value pairs separated by ";" (bad pair "${pair.trim()}").` }
    }
    if (Object.prototype.hasOwnProperty.call(value, key)) {
      return { value: null, error: `specifications name "${key}" twice.` }
    }
    value[key] = pair.slice(separator + 1).trim()
  }
  return { value }
}

/** The inverse of parseSpecifications. */
export function formatSpecifications(specifications: Record<string, unknown> | null | undefined): string {
  return Object.entries(specifications ?? {})
    .map(([key, value]) => `${key}=${value ?? ""}`)
    .join(";")
}

export const splitList = (cell: string) =>
  cell
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean)

type Field<T> = { value?: T; error?: string }

function decimal(cell: string, column: string): Field<number | null> {
  if (cell === "") {
    return { value: null }
  }
  const value = Number(cell.replace(/\s/g, ""))
  if (!/^\d+(\.\d+)?$/.test(cell.replace(/\s/g, "")) || !Number.isFinite(value)) {
    return { error: `${column} must be a number of 0 or more with a "." for decimals (got "${cell}").` }
  }
  return { value }
}

function wholeNumber(cell: string, column: string, minimum: number): Field<number | null> {
  if (cell === "") {
    return { value: null }
  }
  if (!/^\d+$/.test(cell) || Number(cell) < minimum) {
    return { error: `${column} must be a whole number of ${minimum} or more (got "${cell}").` }
  }
  return { value: Number(cell) }
}

function booleanCell(cell: string, column: string): Field<boolean | null> {
  if (cell === "") {
    return { value: null }
  }
  const normalized = cell.toLowerCase()
  if (["true", "yes", "1"].includes(normalized)) {
    return { value: true }
  }
  if (["false", "no", "0"].includes(normalized)) {
    return { value: false }
  }
  return { error: `${column} must be true or false (got "${cell}").` }
}

function currency(cell: string, column: string): Field<string | null> {
  if (cell === "") {
    return { value: null }
  }
  if (!/^[A-Za-z]{3}$/.test(cell)) {
    return { error: `${column} must be a 3-letter ISO currency code (got "${cell}").` }
  }
  return { value: cell.toLowerCase() }
}

const PART_NUMBER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-\/]*$/

function partNumberCell(cell: string, column: string): Field<string> {
  if (!cell) {
    return { error: `${column} is empty.` }
  }
  if (cell.length > 64 || !PART_NUMBER_PATTERN.test(cell)) {
    return { error: `${column} "${cell}" may only use letters, digits and . _ - / (64 at most).` }
  }
  return { value: cell }
}

/** Collects field results into `target`, recording each error as a problem of `line`. */
function collect<T extends Record<string, unknown>>(
  line: number,
  problems: CsvProblem[],
  target: T,
  present: (column: string) => boolean,
  fields: Record<string, () => Field<unknown>>
) {
  for (const [column, read] of Object.entries(fields)) {
    if (!present(column)) {
      continue
    }
    const { value, error } = read()
    if (error) {
      problems.push({ line, message: error })
    } else {
      ;(target as Record<string, unknown>)[column] = value
    }
  }
}

function reportDuplicates(rows: { line: number; key: string }[], label: string, problems: CsvProblem[]) {
  const first = new Map<string, number>()
  for (const row of rows) {
    const earlier = first.get(row.key)
    if (earlier !== undefined) {
      problems.push({ line: row.line, message: `${label} ${row.key} appears twice (also on line ${earlier}).` })
    } else {
      first.set(row.key, row.line)
    }
  }
}

// --- parts ---

export const PART_CSV_COLUMNS = [
  "part_number",
  "name",
  "model",
  "category",
  "description",
  "unit_cost",
  "currency_code",
  "status",
  "superseded_by",
  "sku",
  "price",
  "specifications",
  "compatible_products",
] as const

const PART_STATUSES = ["active", "phase_out", "obsolete"]

/** A parts row; a field is present only when its column is in the header. */
export type PartCsvRow = {
  line: number
  part_number: string
  name?: string
  model?: string | null
  category?: string | null
  description?: string | null
  unit_cost?: number | null
  currency_code?: string | null
  status?: "active" | "phase_out" | "obsolete" | null
  /** Part number of the superseding part. */
  superseded_by?: string | null
  sku?: string | null
  price?: number | null
  specifications?: Record<string, string> | null
  /** Product handles. */
  compatible_products?: string[]
}

export function parsePartsCsv(text: string): { rows: PartCsvRow[]; problems: CsvProblem[] } {
  const { header, records, problems } = readCsvTable(text, PART_CSV_COLUMNS, ["part_number"])
  const present = (column: string) => header.includes(column)
  const rows: PartCsvRow[] = []
  for (const { line, cells } of records) {
    const before = problems.length
    const row = { line } as PartCsvRow
    const optionalText = (column: string, max: number) => (): Field<string | null> =>
      cells[column].length > max
        ? { error: `${column} is longer than ${max} characters.` }
        : { value: cells[column] || null }
    collect(line, problems, row, present, {
      part_number: () => partNumberCell(cells.part_number, "part_number"),
      name: () =>
        cells.name
          ? cells.name.length > 200
            ? { error: "name is longer than 200 characters." }
            : { value: cells.name }
          : { error: "name is empty." },
      model: optionalText("model", 200),
      category: optionalText("category", 100),
      description: optionalText("description", 10_000),
      unit_cost: () => decimal(cells.unit_cost, "unit_cost"),
      currency_code: () => currency(cells.currency_code, "currency_code"),
      status: () =>
        cells.status === "" || PART_STATUSES.includes(cells.status)
          ? { value: cells.status || null }
          : { error: `status must be one of ${PART_STATUSES.join(", ")} (got "${cells.status}").` },
      superseded_by: () => (cells.superseded_by ? partNumberCell(cells.superseded_by, "superseded_by") : { value: null }),
      sku: optionalText("sku", 100),
      price: () => decimal(cells.price, "price"),
      specifications: () => parseSpecifications(cells.specifications),
      compatible_products: () => ({ value: splitList(cells.compatible_products) }),
    })
    if (row.superseded_by && row.superseded_by === row.part_number) {
      problems.push({ line, message: `Part ${row.part_number} cannot supersede itself.` })
    }
    if (problems.length === before) {
      rows.push(row)
    }
  }
  reportDuplicates(
    records.filter((r) => r.cells.part_number).map((r) => ({ line: r.line, key: r.cells.part_number })),
    "Part number",
    problems
  )
  return { rows, problems: sortProblems(problems) }
}

// --- suppliers ---

export const SUPPLIER_CSV_COLUMNS = [
  "code",
  "name",
  "contact_name",
  "email",
  "phone",
  "currency_code",
  "payment_terms",
  "lead_time_days",
  "is_active",
  "notes",
] as const

export type SupplierCsvRow = {
  line: number
  code: string
  name?: string
  contact_name?: string | null
  email?: string | null
  phone?: string | null
  currency_code?: string | null
  payment_terms?: string | null
  lead_time_days?: number | null
  is_active?: boolean | null
  notes?: string | null
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function parseSuppliersCsv(text: string): { rows: SupplierCsvRow[]; problems: CsvProblem[] } {
  const { header, records, problems } = readCsvTable(text, SUPPLIER_CSV_COLUMNS, ["code"])
  const present = (column: string) => header.includes(column)
  const rows: SupplierCsvRow[] = []
  for (const { line, cells } of records) {
    const before = problems.length
    const row = { line } as SupplierCsvRow
    const optionalText = (column: string, max: number) => (): Field<string | null> =>
      cells[column].length > max
        ? { error: `${column} is longer than ${max} characters.` }
        : { value: cells[column] || null }
    collect(line, problems, row, present, {
      code: () =>
        !cells.code
          ? { error: "code is empty." }
          : /^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$/.test(cells.code)
            ? { value: cells.code }
            : { error: `code "${cells.code}" may only use letters, digits and . _ - (40 at most).` },
      name: () => (cells.name ? { value: cells.name } : { error: "name is empty." }),
      contact_name: optionalText("contact_name", 200),
      email: () =>
        cells.email === "" || EMAIL_PATTERN.test(cells.email)
          ? { value: cells.email || null }
          : { error: `email "${cells.email}" is not an e-mail address.` },
      phone: optionalText("phone", 50),
      currency_code: () => currency(cells.currency_code, "currency_code"),
      payment_terms: optionalText("payment_terms", 200),
      lead_time_days: () => wholeNumber(cells.lead_time_days, "lead_time_days", 0),
      is_active: () => booleanCell(cells.is_active, "is_active"),
      notes: optionalText("notes", 10_000),
    })
    if (problems.length === before) {
      rows.push(row)
    }
  }
  reportDuplicates(
    records.filter((r) => r.cells.code).map((r) => ({ line: r.line, key: r.cells.code })),
    "Supplier code",
    problems
  )
  return { rows, problems: sortProblems(problems) }
}

// --- supplier offers ---

export const OFFER_CSV_COLUMNS = [
  "part_number",
  "supplier_code",
  "supplier_part_number",
  "unit_price",
  "currency_code",
  "lead_time_days",
  "min_order_quantity",
  "pack_size",
  "is_preferred",
] as const

export type OfferCsvRow = {
  line: number
  part_number: string
  supplier_code: string
  supplier_part_number?: string | null
  unit_price?: number | null
  currency_code?: string | null
  lead_time_days?: number | null
  min_order_quantity?: number | null
  pack_size?: number | null
  is_preferred?: boolean | null
}

export function parseOffersCsv(text: string): { rows: OfferCsvRow[]; problems: CsvProblem[] } {
  const { header, records, problems } = readCsvTable(text, OFFER_CSV_COLUMNS, ["part_number", "supplier_code"])
  const present = (column: string) => header.includes(column)
  const rows: OfferCsvRow[] = []
  for (const { line, cells } of records) {
    const before = problems.length
    const row = { line } as OfferCsvRow
    collect(line, problems, row, present, {
      part_number: () => partNumberCell(cells.part_number, "part_number"),
      supplier_code: () => (cells.supplier_code ? { value: cells.supplier_code } : { error: "supplier_code is empty." }),
      supplier_part_number: () => ({ value: cells.supplier_part_number || null }),
      unit_price: () => decimal(cells.unit_price, "unit_price"),
      currency_code: () => currency(cells.currency_code, "currency_code"),
      lead_time_days: () => wholeNumber(cells.lead_time_days, "lead_time_days", 0),
      min_order_quantity: () => wholeNumber(cells.min_order_quantity, "min_order_quantity", 1),
      pack_size: () => wholeNumber(cells.pack_size, "pack_size", 1),
      is_preferred: () => booleanCell(cells.is_preferred, "is_preferred"),
    })
    if (problems.length === before) {
      rows.push(row)
    }
  }
  reportDuplicates(
    records
      .filter((r) => r.cells.part_number && r.cells.supplier_code)
      .map((r) => ({ line: r.line, key: `${r.cells.part_number} / ${r.cells.supplier_code}` })),
    "Offer",
    problems
  )
  reportDuplicates(
    records
      .filter((r) => r.cells.part_number && booleanCell(r.cells.is_preferred ?? "", "").value === true)
      .map((r) => ({ line: r.line, key: r.cells.part_number })),
    "A preferred offer of part",
    problems
  )
  return { rows, problems: sortProblems(problems) }
}

export function sortProblems(problems: CsvProblem[]): CsvProblem[] {
  return [...problems].sort((a, b) => a.line - b.line)
}
