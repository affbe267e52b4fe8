/** What the customer sees of a repair after answering its quote. */
export const storeRepairQuoteFields = [
  "id",
  "number",
  "stage",
  "stage_category",
  "currency_code",
  "quote_status",
  "quote_amount",
  "quote_note",
  "quoted_at",
  "quote_decided_at",
  "draft_order_id",
]
