export const defaultAdminCustomerServiceProfileFields = [
  "id",
  "customer_id",
  "lifecycle_stage",
  "value_tier",
  "order_count",
  "total_spent",
  "currency_code",
  "first_order_at",
  "last_order_at",
  "computed_at",
  "created_at",
  "updated_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

export const retrieveCustomerServiceProfileTransformQueryConfig = {
  defaults: defaultAdminCustomerServiceProfileFields,
  isList: false,
}

export const listCustomerServiceProfilesTransformQueryConfig = {
  ...retrieveCustomerServiceProfileTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
