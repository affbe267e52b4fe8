export const defaultAdminStockAlertFields = [
  "id",
  "part_id",
  "location_id",
  "type",
  "status",
  "available",
  "reorder_point",
  "suggested_quantity",
  "raised_at",
  "acknowledged_by",
  "acknowledged_at",
  "resolved_by",
  "resolved_at",
  "resolution_note",
  "created_at",
  "updated_at",
]

export const listStockAlertsTransformQueryConfig = {
  defaults: defaultAdminStockAlertFields,
  defaultLimit: 50,
  isList: true,
}
