export const defaultAdminCustomerTierFields = [
  "id",
  "code",
  "name",
  "min_total_spent",
  "min_order_count",
  "rank",
  "customer_group_id",
  "is_active",
  "created_at",
  "updated_at",
]

export const retrieveCustomerTierTransformQueryConfig = {
  defaults: defaultAdminCustomerTierFields,
  isList: false,
}

export const listCustomerTiersTransformQueryConfig = {
  ...retrieveCustomerTierTransformQueryConfig,
  defaultLimit: 100,
  isList: true,
}
