export const defaultAdminTicketPipelineFields = [
  "id",
  "key",
  "name",
  "ticket_types",
  "definition",
  "is_default",
  "created_at",
  "updated_at",
]

export const retrieveTicketPipelineTransformQueryConfig = {
  defaults: defaultAdminTicketPipelineFields,
  isList: false,
}

export const listTicketPipelinesTransformQueryConfig = {
  ...retrieveTicketPipelineTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
