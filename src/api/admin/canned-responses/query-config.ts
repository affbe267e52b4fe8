export const defaultAdminCannedResponseFields = [
  "id",
  "title",
  "body",
  "category",
  "ticket_types",
  "is_active",
  "created_by",
  "created_at",
  "updated_at",
]

export const retrieveCannedResponseTransformQueryConfig = {
  defaults: defaultAdminCannedResponseFields,
  isList: false,
}

export const listCannedResponsesTransformQueryConfig = {
  ...retrieveCannedResponseTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
