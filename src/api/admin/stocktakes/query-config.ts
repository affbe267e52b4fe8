export const defaultAdminStocktakeFields = [
  "id",
  "number",
  "location_id",
  "status",
  "blind_count",
  "filter_category",
  "filter_part_ids",
  "notes",
  "opened_by",
  "submitted_by",
  "submitted_at",
  "approved_by",
  "approved_at",
  "posted_by",
  "posted_at",
  "canceled_by",
  "canceled_at",
  "cancel_reason",
  "created_at",
  "updated_at",
]

export const listStocktakesTransformQueryConfig = {
  defaults: defaultAdminStocktakeFields,
  defaultLimit: 50,
  isList: true,
}
