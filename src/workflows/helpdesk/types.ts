import type { AuditContext } from "../audit/types"
import type { TicketActivityType } from "../../modules/helpdesk/models/ticket-activity"

export type TicketActivityInput = {
  ticket_id: string
  type: TicketActivityType
  actor_type: AuditContext["actor_type"]
  actor_id: string | null
  data?: Record<string, unknown> | null
}

/** The ticket fields the API and events may show, as plain values. */
export type TicketSummary = {
  id: string
  number: string
  version: number
  stage: string
  stage_category: string
  customer_id: string | null
  assignee_id: string | null
}

export function activityActor(audit: AuditContext) {
  return { actor_type: audit.actor_type, actor_id: audit.actor_id }
}
