/** A PostgreSQL text[] literal (`{"a","b"}`) for raw queries, each element quoted and escaped. */
export function toPostgresTextArray(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")}}`
}
