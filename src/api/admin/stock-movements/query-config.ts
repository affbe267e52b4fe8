export const defaultAdminStockMovementFields = [
  "id",
  "part_id",
  "inventory_item_id",
  "location_id",
  "type",
  "quantity",
  "reason",
  "reference_type",
  "reference_id",
  "transfer_id",
  "unit_cost",
  "actor_type",
  "actor_id",
  "occurred_at",
  "metadata",
  "created_at",
]

export const listStockMovementsTransformQueryConfig = {
  defaults: defaultAdminStockMovementFields,
  defaultLimit: 50,
  isList: true,
}
