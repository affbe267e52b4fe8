/** Who made a change, carried from the request into every workflow that writes. */
export type AuditContext = {
  actor_type: "user" | "customer" | "api-key" | "system"
  actor_id: string | null
  request_id?: string | null
}

export const SYSTEM_AUDIT_CONTEXT: AuditContext = {
  actor_type: "system",
  actor_id: null,
}
