/**
 * Pure rules of stock movements, alerts and stocktakes (no Medusa imports).
 */

export const MANUAL_MOVEMENT_TYPES = ["receipt", "issue", "transfer", "adjustment"] as const
export type ManualMovementType = (typeof MANUAL_MOVEMENT_TYPES)[number]

/**
 * Which alerts a part at a location should have: low stock at or below the reorder point,
 * stockout at zero (or below, when reservations exceed the stock). Both hold at zero.
 */
export function stockAlertConditions(
  available: number,
  reorderPoint: number
): { low_stock: boolean; stockout: boolean } {
  return { low_stock: available <= reorderPoint, stockout: available <= 0 }
}

/** Stock status of a position, for lists and filters. */
export function stockStatus(
  available: number,
  reorderPoint: number | null
): "stockout" | "low_stock" | "ok" {
  if (available <= 0) {
    return "stockout"
  }
  if (reorderPoint !== null && available <= reorderPoint) {
    return "low_stock"
  }
  return "ok"
}

export function formatStocktakeNumber(sequenceValue: string | number): string {
  return `STK-${String(sequenceValue).padStart(6, "0")}`
}

export const STOCKTAKE_TRANSITIONS = {
  count: ["open", "counting"],
  submit: ["open", "counting"],
  approve: ["submitted"],
  post: ["approved"],
  cancel: ["open", "counting", "submitted", "approved"],
} as const

export type StocktakeAction = keyof typeof STOCKTAKE_TRANSITIONS

export type StocktakeLineCounts = {
  part_id: string
  expected_quantity: number
  counted_quantity: number | null
}

/** Lines that differ from the snapshot, as the adjustments a posting writes. */
export function stocktakeAdjustments<T extends StocktakeLineCounts>(
  lines: T[]
): (T & { variance: number })[] {
  return lines
    .filter((line) => line.counted_quantity !== null)
    .map((line) => ({ ...line, variance: line.counted_quantity! - line.expected_quantity }))
    .filter((line) => line.variance !== 0)
}

export type VarianceSummary = {
  lines: number
  counted: number
  uncounted: number
  with_variance: number
  units_over: number
  units_short: number
  net_units: number
}

export function summarizeVariance(lines: StocktakeLineCounts[]): VarianceSummary {
  const adjustments = stocktakeAdjustments(lines)
  const counted = lines.filter((line) => line.counted_quantity !== null).length
  return {
    lines: lines.length,
    counted,
    uncounted: lines.length - counted,
    with_variance: adjustments.length,
    units_over: adjustments.filter((a) => a.variance > 0).reduce((sum, a) => sum + a.variance, 0),
    units_short: adjustments.filter((a) => a.variance < 0).reduce((sum, a) => sum - a.variance, 0),
    net_units: adjustments.reduce((sum, a) => sum + a.variance, 0),
  }
}

/** Splits CSV text (RFC 4180: quoted cells, doubled quotes, CRLF or LF) into rows of cells. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  const source = text.replace(/^\uFEFF/, "")
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        cell += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ",") {
      row.push(cell)
      cell = ""
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") {
        i++
      }
      row.push(cell)
      rows.push(row)
      row = []
      cell = ""
    } else {
      cell += char
    }
  }
  if (cell !== "" || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows.filter((cells) => cells.some((value) => value.trim() !== ""))
}

export type StockCountRow = { line: number; part_number: string; counted_quantity: number }
export type StockCountProblem = { line: number; message: string }

/**
 * Reads a stock-count CSV (`part_number,counted_quantity`, header required) against the
 * part numbers of a stocktake. Every bad row is reported with its line number; callers write
 * nothing unless `problems` is empty.
 */
export function parseStockCountCsv(
  text: string,
  stocktakePartNumbers: Iterable<string>
): { rows: StockCountRow[]; problems: StockCountProblem[] } {
  const known = new Set(stocktakePartNumbers)
  const [header, ...body] = parseCsvRows(text)
  const problems: StockCountProblem[] = []
  if (!header) {
    return { rows: [], problems: [{ line: 1, message: "The file is empty." }] }
  }
  const columns = header.map((name) => name.trim().toLowerCase())
  const partColumn = columns.indexOf("part_number")
  const countColumn = columns.indexOf("counted_quantity")
  if (partColumn < 0 || countColumn < 0) {
    return {
      rows: [],
      problems: [
        { line: 1, message: "The header must name the columns part_number and counted_quantity." },
      ],
    }
  }
  const rows: StockCountRow[] = []
  const seen = new Map<string, number>()
  body.forEach((cells, index) => {
    const line = index + 2
    const partNumber = (cells[partColumn] ?? "").trim()
    const rawCount = (cells[countColumn] ?? "").trim()
    const count = Number(rawCount)
    if (!partNumber) {
      problems.push({ line, message: "part_number is empty." })
      return
    }
    if (!known.has(partNumber)) {
      problems.push({ line, message: `Part ${partNumber} is not part of this stocktake.` })
      return
    }
    if (seen.has(partNumber)) {
      problems.push({
        line,
        message: `Part ${partNumber} is counted twice (also on line ${seen.get(partNumber)}).`,
      })
      return
    }
    seen.set(partNumber, line)
    if (rawCount === "" || !Number.isInteger(count) || count < 0) {
      problems.push({
        line,
        message: `counted_quantity of ${partNumber} must be a whole number, 0 or more (got "${rawCount}").`,
      })
      return
    }
    rows.push({ line, part_number: partNumber, counted_quantity: count })
  })
  if (!body.length) {
    problems.push({ line: 2, message: "The file has no count rows." })
  }
  return { rows, problems }
}

export type ManualMovementRequest = {
  type: ManualMovementType
  part_id: string
  location_id: string
  /** Transfers: the receiving location. */
  to_location_id?: string | null
  /** Units; positive for receipt, issue and transfer, signed (+ found, − lost) for adjustment. */
  quantity: number
  reason?: string | null
  reference_type?: string | null
  reference_id?: string | null
  unit_cost?: number | null
}

export type PlannedLedgerMovement = {
  part_id: string
  location_id: string
  type: "receipt" | "issue" | "transfer_out" | "transfer_in" | "adjustment"
  quantity: number
  reason: string | null
  reference_type: string | null
  reference_id: string | null
  transfer_id: string | null
  unit_cost: number | null
}

/**
 * Turns a manual movement request into signed ledger movements (a transfer into two rows
 * sharing `transferId`), or the sentence saying why it cannot be done.
 */
export function planManualMovement(
  request: ManualMovementRequest,
  transferId: string
): { movements: PlannedLedgerMovement[] } | { problem: string } {
  const quantity = request.quantity
  const reason = request.reason?.trim() || null
  const base = {
    part_id: request.part_id,
    reason,
    reference_type: request.reference_type ?? null,
    reference_id: request.reference_id ?? null,
    transfer_id: null,
    unit_cost: request.unit_cost ?? null,
  }
  if (!Number.isInteger(quantity)) {
    return { problem: `The quantity must be a whole number of units (got ${quantity}).` }
  }
  if (request.reference_type && !request.reference_id) {
    return { problem: `Name the ${request.reference_type} the movement belongs to (reference_id).` }
  }
  if (request.type === "adjustment") {
    if (quantity === 0) {
      return { problem: "An adjustment must change the stock: give a quantity other than 0." }
    }
    if (!reason) {
      return { problem: "An adjustment needs a reason (e.g. found during a count, damaged)." }
    }
    return {
      movements: [{ ...base, location_id: request.location_id, type: "adjustment", quantity }],
    }
  }
  if (quantity <= 0) {
    return { problem: `The quantity of ${request.type === "issue" ? "an" : "a"} ${request.type} must be at least 1 (got ${quantity}).` }
  }
  if (request.type === "receipt") {
    return { movements: [{ ...base, location_id: request.location_id, type: "receipt", quantity }] }
  }
  if (request.type === "issue") {
    return {
      movements: [
        {
          ...base,
          location_id: request.location_id,
          type: "issue",
          quantity: -quantity,
          reference_type: request.reference_type ?? "manual",
        },
      ],
    }
  }
  if (!request.to_location_id) {
    return { problem: "A transfer needs the receiving location (to_location_id)." }
  }
  if (request.to_location_id === request.location_id) {
    return { problem: "A transfer must go to another location than the one it leaves." }
  }
  const transfer = {
    ...base,
    reference_type: "transfer",
    reference_id: transferId,
    transfer_id: transferId,
  }
  return {
    movements: [
      { ...transfer, location_id: request.location_id, type: "transfer_out", quantity: -quantity },
      { ...transfer, location_id: request.to_location_id, type: "transfer_in", quantity },
    ],
  }
}
