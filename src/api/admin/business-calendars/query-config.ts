export const defaultAdminBusinessCalendarFields = [
  "id",
  "name",
  "timezone",
  "working_hours",
  "holidays",
  "is_default",
  "created_at",
  "updated_at",
]

export const retrieveBusinessCalendarTransformQueryConfig = {
  defaults: defaultAdminBusinessCalendarFields,
  isList: false,
}

export const listBusinessCalendarsTransformQueryConfig = {
  ...retrieveBusinessCalendarTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
