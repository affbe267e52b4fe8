export const defaultAdminFaultCodeFields = [
  "id",
  "code",
  "name",
  "category",
  "description",
  "product_category_ids",
  "is_active",
  "created_at",
  "updated_at",
]

export const retrieveFaultCodeTransformQueryConfig = {
  defaults: defaultAdminFaultCodeFields,
  isList: false,
}

export const listFaultCodesTransformQueryConfig = {
  defaults: defaultAdminFaultCodeFields,
  defaultLimit: 100,
  isList: true,
}
