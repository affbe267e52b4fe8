/** Dates are shown in the admin user's locale (the dashboard language drives i18n.language). */
export function formatDateTime(
  value: string | null | undefined,
  locale?: string
): string {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return value
  }
  return date.toLocaleString(toBcp47(locale), {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  })
}

/** Dashboard language codes are like "zhCN" / "ptBR"; Intl wants "zh-CN" / "pt-BR". */
export function toBcp47(code?: string): string | undefined {
  if (!code) {
    return undefined
  }
  const match = /^([a-z]{2})([A-Z]{2})$/.exec(code)
  return match ? `${match[1]}-${match[2]}` : code
}

/** Renders an arbitrary JSON value compactly for tables and diffs. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) {
    return "-"
  }
  if (typeof value === "string") {
    return value
  }
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

/** Turns `2024-05-01` (an <input type="date"> value) into an ISO bound for a whole day. */
export function dayBoundToIso(
  day: string | undefined,
  bound: "start" | "end"
): string | undefined {
  if (!day) {
    return undefined
  }
  const date = new Date(
    bound === "start" ? `${day}T00:00:00.000` : `${day}T23:59:59.999`
  )
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
