export const defaultAdminSlaPolicyFields = [
  "id",
  "name",
  "description",
  "priority",
  "customer_tier",
  "first_response_minutes",
  "next_response_minutes",
  "resolution_minutes",
  "warning_percent",
  "calendar_id",
  "rank",
  "is_active",
  "escalate_on_breach",
  "created_at",
  "updated_at",
]

export const retrieveSlaPolicyTransformQueryConfig = {
  defaults: defaultAdminSlaPolicyFields,
  isList: false,
}

export const listSlaPoliciesTransformQueryConfig = {
  ...retrieveSlaPolicyTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
