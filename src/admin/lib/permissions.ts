/**
 * Permission names the admin UI checks. The server is the authority (every route enforces its
 * own permission); the UI only hides actions the user could not perform anyway.
 */
export const PERMISSIONS = {
  ROLES_READ: "roles:read",
  ROLES_CONFIGURE: "roles:configure",
  AUDIT_LOG_READ: "audit_log:read",
  AUDIT_LOG_EXPORT: "audit_log:export",
  WEBHOOKS_READ: "webhooks:read",
  WEBHOOKS_CONFIGURE: "webhooks:configure",
  SERVICE_TICKETS_READ: "service_tickets:read",
  SERVICE_TICKETS_WRITE: "service_tickets:write",
} as const

export const ALL_PERMISSIONS = "*:*"

/** Mirrors the server rule: an exact match, `resource:*`, or `*:*`. */
export function hasPermission(
  granted: readonly string[] | undefined,
  required: string
): boolean {
  if (!granted) {
    return false
  }
  const [resource] = required.split(":")
  return granted.some(
    (permission) =>
      permission === required ||
      permission === ALL_PERMISSIONS ||
      permission === `${resource}:*`
  )
}
