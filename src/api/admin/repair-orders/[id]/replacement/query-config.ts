export const retrieveRepairReplacementQueryConfig = {
  defaults: [
    "id",
    "number",
    "stage",
    "stage_category",
    "version",
    "order_id",
    "line_item_id",
    "variant_id",
    "claim_id",
    "outcome",
    "updated_at",
  ],
  isList: false,
}
