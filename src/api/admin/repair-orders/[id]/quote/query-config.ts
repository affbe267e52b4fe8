/** The repair order fields a quote changes, returned after sending it. */
export const repairQuoteFields = [
  "id",
  "number",
  "stage",
  "stage_category",
  "version",
  "currency_code",
  "warranty_status",
  "quote_status",
  "quote_amount",
  "quote_note",
  "quoted_at",
  "quote_decided_at",
  "draft_order_id",
  "customer_id",
  "updated_at",
]

export const retrieveRepairQuoteQueryConfig = {
  defaults: repairQuoteFields,
  isList: false,
}
