export type FieldChange = { before: unknown; after: unknown }
export type ChangeSet = Record<string, FieldChange>

const IGNORED_FIELDS = new Set(["created_at", "updated_at", "deleted_at"])
const SECRET_FIELDS = new Set(["secret", "password", "token", "api_key"])
export const REDACTED = "[redacted]"

/** An empty list says no more than a missing one: a created record's empty relations are no change. */
function comparable(value: unknown): string {
  if (value instanceof Date) {
    return value.toISOString()
  }
  if (Array.isArray(value) && value.length === 0) {
    return "null"
  }
  return JSON.stringify(value ?? null)
}

/** A loaded relation (an object with its own id, or a list of them) is audited on its own entity. */
function isRelatedEntity(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.length > 0 && value.every(isRelatedEntity)
  }
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    "id" in value
  )
}

function redact(field: string, value: unknown): unknown {
  return SECRET_FIELDS.has(field) && value != null ? REDACTED : value
}

/**
 * The fields that differ between two versions of a record, secrets redacted.
 * A created record has `before` null, a deleted one `after` null.
 */
export function describeChanges(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined
): ChangeSet | null {
  const fields = new Set([
    ...Object.keys(before ?? {}),
    ...Object.keys(after ?? {}),
  ])
  const changes: ChangeSet = {}
  for (const field of fields) {
    const previous = before?.[field] ?? null
    const next = after?.[field] ?? null
    if (
      IGNORED_FIELDS.has(field) ||
      isRelatedEntity(previous) ||
      isRelatedEntity(next) ||
      comparable(previous) === comparable(next)
    ) {
      continue
    }
    changes[field] = {
      before: redact(field, previous),
      after: redact(field, next),
    }
  }
  return Object.keys(changes).length ? changes : null
}
