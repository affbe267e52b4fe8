export const defaultAdminRoleFields = [
  "id",
  "name",
  "label",
  "description",
  "permissions",
  "is_system",
  "created_at",
  "updated_at",
]

export const retrieveRoleTransformQueryConfig = {
  defaults: defaultAdminRoleFields,
  isList: false,
}

export const listRolesTransformQueryConfig = {
  ...retrieveRoleTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
