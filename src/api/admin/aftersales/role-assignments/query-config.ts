export const defaultAdminRoleAssignmentFields = [
  "id",
  "actor_type",
  "actor_id",
  "assigned_by",
  "created_at",
  "role.id",
  "role.name",
  "role.label",
]

export const retrieveRoleAssignmentTransformQueryConfig = {
  defaults: defaultAdminRoleAssignmentFields,
  isList: false,
}

export const listRoleAssignmentsTransformQueryConfig = {
  ...retrieveRoleAssignmentTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
