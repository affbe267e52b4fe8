const toList = (value: unknown): string[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)]

/**
 * Turns the repair order list query into module filters: the date ranges
 * (`created_from`/`created_to`, `completed_from`/`completed_to`, inclusive) become operators on
 * `created_at`/`completed_at`, and `fault_code` matches repairs whose fault codes include any
 * of the given ones (array overlap). Other filters pass through unchanged.
 */
export function repairOrderListFilters(params: Record<string, unknown>): Record<string, unknown> {
  const { created_from, created_to, completed_from, completed_to, fault_code, ...filters } =
    params as Record<string, any>
  const range = (from?: Date, to?: Date) =>
    from || to ? { ...(from && { $gte: from }), ...(to && { $lte: to }) } : undefined
  const created = range(created_from, created_to)
  const completed = range(completed_from, completed_to)
  const codes = toList(fault_code)
  return {
    ...filters,
    ...(created && { created_at: created }),
    ...(completed && { completed_at: completed }),
    ...(codes.length && { fault_codes: { $overlap: codes } }),
  }
}
