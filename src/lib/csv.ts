function escapeCsvCell(value: unknown): string {
  if (value === null || value === undefined) {
    return ""
  }
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value)
  // A leading =, +, - or @ would run as a formula in spreadsheet programs.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsvRow(values: unknown[]): string {
  return values.map(escapeCsvCell).join(",") + "\r\n"
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map(toCsvRow).join("")
}
