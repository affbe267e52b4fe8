export const defaultAdminScrapRequestFields = [
  "id",
  "number",
  "part_id",
  "location_id",
  "quantity",
  "reason",
  "photos",
  "notes",
  "status",
  "requested_by",
  "approved_by",
  "approved_at",
  "rejected_by",
  "rejected_at",
  "rejection_reason",
  "disposal_method",
  "disposed_by",
  "disposed_at",
  "canceled_by",
  "canceled_at",
  "unit_cost",
  "written_off_value",
  "currency_code",
  "in_stock",
  "source_type",
  "source_id",
  "metadata",
  "created_at",
  "updated_at",
]

export const retrieveScrapRequestTransformQueryConfig = {
  defaults: defaultAdminScrapRequestFields,
  isList: false,
}

export const listScrapRequestsTransformQueryConfig = {
  ...retrieveScrapRequestTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
