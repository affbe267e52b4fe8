export const defaultAdminAssignmentRuleFields = [
  "id",
  "name",
  "rank",
  "is_active",
  "ticket_types",
  "channels",
  "priorities",
  "product_category_ids",
  "tags",
  "strategy",
  "team",
  "member_user_ids",
  "last_assigned_user_id",
  "created_at",
  "updated_at",
]

export const retrieveAssignmentRuleTransformQueryConfig = {
  defaults: defaultAdminAssignmentRuleFields,
  isList: false,
}

export const listAssignmentRulesTransformQueryConfig = {
  ...retrieveAssignmentRuleTransformQueryConfig,
  defaultLimit: 100,
  isList: true,
}
