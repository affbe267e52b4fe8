import type { AuditContext } from "../audit/types"

export type RepairActivityInput = {
  repair_order_id: string
  type: string
  actor_type: "user" | "customer" | "system"
  actor_id: string | null
  from_stage?: string | null
  to_stage?: string | null
  is_public?: boolean
  data?: Record<string, unknown> | null
}

/** The activity actor for an audit context (api keys count as users). */
export function repairActivityActor(audit: AuditContext) {
  return {
    actor_type: (audit.actor_type === "customer"
      ? "customer"
      : audit.actor_type === "system"
        ? "system"
        : "user") as RepairActivityInput["actor_type"],
    actor_id: audit.actor_id,
  }
}

/** Fields of a repair order kept in audit entries of life-cycle changes. */
export const REPAIR_LIFECYCLE_FIELDS = [
  "stage",
  "stage_category",
  "approved_at",
  "received_at",
  "completed_at",
  "returned_at",
  "closed_at",
  "canceled_at",
  "outcome",
  "version",
]

export function pickFields(record: Record<string, unknown>, fields: string[]) {
  return Object.fromEntries(fields.map((field) => [field, record?.[field] ?? null]))
}
