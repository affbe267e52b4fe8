export const classificationSettingsFields = [
  "id",
  "dormant_after_days",
  "mirror_customer_groups",
  "updated_at",
] as const
