/** What a customer sees of a ticket: no assignee, team, tags, pipeline, version or metadata. */
export const storeServiceTicketFields = [
  "id",
  "number",
  "subject",
  "description",
  "type",
  "channel",
  "priority",
  "order_id",
  "line_item_ids",
  "product_id",
  "variant_id",
  "stage",
  "stage_category",
  "first_responded_at",
  "resolved_at",
  "closed_at",
  "created_at",
  "updated_at",
]

/** Public messages only, without internal author ids. */
export const storeTicketMessageFields = [
  "id",
  "channel",
  "direction",
  "author_type",
  "body",
  "attachments",
  "created_at",
]

export const storeServiceTicketQueryConfig = {
  defaults: storeServiceTicketFields,
  allowed: storeServiceTicketFields,
  isList: false,
}

export const storeListServiceTicketsQueryConfig = {
  ...storeServiceTicketQueryConfig,
  defaultLimit: 20,
  isList: true,
}
