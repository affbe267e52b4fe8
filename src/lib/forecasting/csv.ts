/** Reading the wide demand CSV and writing forecast CSVs for the command-line tools. */

export class CsvInputError extends Error {
  constructor(
    message: string,
    readonly line?: number
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`)
    this.name = "CsvInputError"
  }
}

export interface WideCsvRow {
  id: string
  /** One value per period, oldest first; null for an empty cell. */
  values: (number | null)[]
  line: number
}

export interface WideCsv {
  header: string[]
  rows: WideCsvRow[]
}

/** Splits CSV text into records of fields (RFC 4180 quoting), remembering each record's line. */
function* records(text: string): Generator<{ fields: string[]; line: number }> {
  let fields: string[] = []
  let field = ""
  let quoted = false
  let line = 1
  let recordLine = 1
  let fieldStarted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else {
          quoted = false
        }
      } else {
        if (char === "\n") {
          line++
        }
        field += char
      }
    } else if (char === '"' && field === "") {
      quoted = true
      fieldStarted = true
    } else if (char === ",") {
      fields.push(field)
      field = ""
      fieldStarted = true
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") {
        i++
      }
      if (fieldStarted || field !== "" || fields.length > 0) {
        fields.push(field)
        yield { fields, line: recordLine }
      }
      fields = []
      field = ""
      fieldStarted = false
      line++
      recordLine = line
    } else {
      field += char
      fieldStarted = true
    }
  }
  if (quoted) {
    throw new CsvInputError("unterminated quoted field", recordLine)
  }
  if (fieldStarted || field !== "" || fields.length > 0) {
    fields.push(field)
    yield { fields, line: recordLine }
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/**
 * Parses a wide demand CSV: a header row (first cell names the id column, then one column per
 * period, oldest first), then one row per series. Empty cells are missing periods. Throws
 * CsvInputError naming the line for ragged rows, non-numeric or negative values and empty ids.
 */
export function parseWideCsv(text: string): WideCsv {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let header: string[] | null = null
  const rows: WideCsvRow[] = []
  for (const { fields, line } of records(input)) {
    if (fields.length === 1 && fields[0].trim() === "") {
      continue
    }
    if (!header) {
      if (fields.length < 2) {
        throw new CsvInputError(
          "the header needs an id column and at least one period column",
          line
        )
      }
      header = fields.map((name) => name.trim())
      continue
    }
    if (fields.length !== header.length) {
      throw new CsvInputError(
        `ragged row: expected ${header.length} fields like the header, found ${fields.length}`,
        line
      )
    }
    const id = fields[0].trim()
    if (id === "") {
      throw new CsvInputError("the series id (first field) is empty", line)
    }
    const values = fields.slice(1).map((cell, index) => {
      const trimmed = cell.trim()
      if (trimmed === "") {
        return null
      }
      const column = `column ${index + 2} (${header![index + 1]})`
      const value = Number(trimmed)
      if (!NUMBER.test(trimmed) || !Number.isFinite(value)) {
        throw new CsvInputError(`${column}: "${trimmed}" is not a number`, line)
      }
      if (value < 0) {
        throw new CsvInputError(`${column}: demand cannot be negative (${trimmed})`, line)
      }
      return value
    })
    rows.push({ id, values, line })
  }
  if (!header) {
    throw new CsvInputError("the input is empty")
  }
  return { header, rows }
}

/** Formats a number for CSV output: at most `decimals` decimals, no trailing zeros. */
export function formatNumber(value: number, decimals = 4): string {
  const rounded = Number(value.toFixed(decimals))
  return Object.is(rounded, -0) ? "0" : String(rounded)
}

function escapeCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsvLine(cells: readonly string[]): string {
  return cells.map(escapeCell).join(",") + "\n"
}
