export const defaultAdminApprovalRuleFields = [
  "id",
  "name",
  "document_type",
  "min_amount",
  "max_amount",
  "category",
  "approver_role",
  "is_active",
  "rank",
  "created_at",
  "updated_at",
]

export const retrieveApprovalRuleTransformQueryConfig = {
  defaults: defaultAdminApprovalRuleFields,
  isList: false,
}

export const listApprovalRulesTransformQueryConfig = {
  ...retrieveApprovalRuleTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
