export const defaultAdminWarrantyPolicyFields = [
  "id",
  "name",
  "description",
  "kind",
  "duration_months",
  "coverage",
  "conditions",
  "start_basis",
  "product_ids",
  "collection_ids",
  "type_ids",
  "tag_ids",
  "variant_ids",
  "sale_variant_ids",
  "is_default",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
]

export const retrieveWarrantyPolicyTransformQueryConfig = {
  defaults: defaultAdminWarrantyPolicyFields,
  isList: false,
}

export const listWarrantyPoliciesTransformQueryConfig = {
  ...retrieveWarrantyPolicyTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
