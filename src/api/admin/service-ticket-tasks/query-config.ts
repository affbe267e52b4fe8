export const defaultAdminTicketTaskFields = [
  "id",
  "ticket_id",
  "kind",
  "title",
  "notes",
  "due_at",
  "assignee_id",
  "status",
  "outcome",
  "completed_at",
  "completed_by",
  "created_by",
  "created_at",
  "updated_at",
  "ticket.id",
  "ticket.number",
  "ticket.subject",
  "ticket.stage",
  "ticket.stage_category",
  "ticket.priority",
  "ticket.customer_id",
]

export const retrieveTicketTaskTransformQueryConfig = {
  defaults: defaultAdminTicketTaskFields,
  isList: false,
}

export const listTicketTasksTransformQueryConfig = {
  ...retrieveTicketTaskTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
