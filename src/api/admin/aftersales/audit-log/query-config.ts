export const defaultAdminAuditLogFields = [
  "id",
  "actor_type",
  "actor_id",
  "action",
  "entity_type",
  "entity_id",
  "changes",
  "request_id",
  "metadata",
  "created_at",
]

export const listAuditLogTransformQueryConfig = {
  defaults: defaultAdminAuditLogFields,
  defaultLimit: 50,
  isList: true,
}
