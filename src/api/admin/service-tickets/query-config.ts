export const defaultAdminServiceTicketFields = [
  "id",
  "number",
  "subject",
  "description",
  "type",
  "channel",
  "priority",
  "tags",
  "customer_id",
  "order_id",
  "line_item_ids",
  "product_id",
  "variant_id",
  "assignee_id",
  "team",
  "pipeline_key",
  "stage",
  "stage_category",
  "first_responded_at",
  "resolved_at",
  "closed_at",
  "reopen_count",
  "satisfaction_score",
  "related_entity_type",
  "related_entity_id",
  "sla_policy_id",
  "first_response_due_at",
  "next_response_due_at",
  "resolution_due_at",
  "sla_due_at",
  "sla_status",
  "sla_paused_since",
  "awaiting_response_since",
  "escalated_at",
  "version",
  "metadata",
  "created_at",
  "updated_at",
]

export const defaultAdminTicketMessageFields = [
  "id",
  "ticket_id",
  "channel",
  "direction",
  "author_type",
  "author_id",
  "visibility",
  "body",
  "attachments",
  "duration_seconds",
  "outcome",
  "callback_needed",
  "metadata",
  "created_at",
]

export const defaultAdminTicketActivityFields = [
  "id",
  "ticket_id",
  "type",
  "actor_type",
  "actor_id",
  "data",
  "created_at",
]

/** The detail adds the conversation, the timeline and the customer and order it concerns. */
export const retrieveServiceTicketTransformQueryConfig = {
  defaults: [
    ...defaultAdminServiceTicketFields,
    ...defaultAdminTicketMessageFields.map((field) => `messages.${field}`),
    ...defaultAdminTicketActivityFields.map((field) => `activities.${field}`),
    "customer.id",
    "customer.email",
    "customer.first_name",
    "customer.last_name",
    "customer.phone",
    "order.id",
    "order.display_id",
    "order.created_at",
  ],
  isList: false,
}

export const listServiceTicketsTransformQueryConfig = {
  defaults: defaultAdminServiceTicketFields,
  defaultLimit: 20,
  isList: true,
}

export const listTicketMessagesTransformQueryConfig = {
  defaults: defaultAdminTicketMessageFields,
  defaultLimit: 100,
  isList: true,
}

export const retrieveTicketMessageTransformQueryConfig = {
  defaults: defaultAdminTicketMessageFields,
  isList: false,
}
