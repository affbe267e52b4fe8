/**
 * Shapes of the plugin's admin HTTP API (`/admin/aftersales/*`). The admin only reaches the
 * server over HTTP, so these are declared here rather than imported from server code.
 */

export type PaginatedResponse = {
  count: number
  offset: number
  limit: number
}

export type ListQuery = {
  limit?: number
  offset?: number
}

export type RoleRef = {
  id: string
  name: string
  label: string
}

export type AftersalesMeResponse = {
  user: { id: string; actor_type: string }
  roles: RoleRef[]
  permissions: string[]
  bootstrap: boolean
}

export type PermissionAction =
  | "read"
  | "write"
  | "approve"
  | "configure"
  | "export"

export type PermissionCatalogResponse = {
  resources: { resource: string; actions: PermissionAction[] }[]
}

export type AftersalesRole = {
  id: string
  name: string
  label: string
  description: string | null
  permissions: string[]
  is_system: boolean
  created_at: string
  updated_at: string
}

export type RolesResponse = PaginatedResponse & { roles: AftersalesRole[] }
export type RoleResponse = { role: AftersalesRole }
export type RolesQuery = ListQuery & { q?: string }

export type CreateRolePayload = {
  name: string
  label: string
  description?: string
  permissions: string[]
}

export type UpdateRolePayload = {
  label?: string
  description?: string
  permissions?: string[]
}

export type DeleteResponse = { id: string; object: string; deleted: boolean }

export type RoleAssignment = {
  id: string
  actor_type: "user" | "api-key"
  actor_id: string
  role: RoleRef
  created_at: string
}

export type RoleAssignmentsResponse = PaginatedResponse & {
  role_assignments: RoleAssignment[]
}
export type RoleAssignmentsQuery = ListQuery & {
  actor_id?: string
  role_id?: string
}
export type CreateRoleAssignmentPayload = {
  actor_id: string
  actor_type?: "user"
  role_id: string
}

export type AuditActorType = "user" | "customer" | "api-key" | "system"

export type AuditLogEntry = {
  id: string
  actor_type: AuditActorType
  actor_id: string | null
  action: string
  entity_type: string
  entity_id: string
  changes: Record<string, { before: unknown; after: unknown }> | null
  request_id: string | null
  created_at: string
}

export type AuditLogResponse = PaginatedResponse & {
  audit_log_entries: AuditLogEntry[]
}

export type AuditLogFilters = {
  entity_type?: string
  entity_id?: string
  actor_id?: string
  actor_type?: string
  action?: string
  created_at?: { $gte?: string; $lte?: string }
}

export type AuditLogQuery = ListQuery & AuditLogFilters & { order?: string }

export type AftersalesEvent = {
  name: string
  description: string
  payload: Record<string, string>
}
export type EventsResponse = { events: AftersalesEvent[] }

export type Webhook = {
  id: string
  url: string
  description: string | null
  events: string[]
  is_active: boolean
  created_at: string
  updated_at: string
}

export type WebhooksResponse = PaginatedResponse & { webhooks: Webhook[] }
export type WebhookResponse = { webhook: Webhook }
export type WebhookWithSecretResponse = { webhook: Webhook; secret: string }

export type CreateWebhookPayload = {
  url: string
  description?: string
  events: string[]
  is_active?: boolean
}
export type UpdateWebhookPayload = Partial<CreateWebhookPayload>

export type WebhookDeliveryStatus = "pending" | "succeeded" | "failed"

export type WebhookDelivery = {
  id: string
  webhook_id: string
  event_name: string
  payload: unknown
  status: WebhookDeliveryStatus
  attempts: number
  response_status: number | null
  response_body: string | null
  last_error: string | null
  next_attempt_at: string | null
  delivered_at: string | null
  created_at: string
}

export type WebhookDeliveriesResponse = PaginatedResponse & {
  webhook_deliveries: WebhookDelivery[]
}
export type WebhookDeliveryResponse = { webhook_delivery: WebhookDelivery }
export type WebhookDeliveriesQuery = ListQuery & {
  status?: WebhookDeliveryStatus
}

export type AdminUserSummary = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

// Service desk (`/admin/service-tickets`, `/admin/service-ticket-pipelines`, `/admin/canned-responses`)

export const TICKET_TYPES = [
  "inquiry",
  "technical_support",
  "return_exchange",
  "repair_request",
  "other",
] as const
export const TICKET_CHANNELS = [
  "web",
  "email",
  "phone",
  "chat",
  "in_person",
  "social",
] as const
export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export const CALL_OUTCOMES = [
  "reached",
  "no_answer",
  "voicemail",
  "busy",
  "wrong_number",
] as const

export type TicketType = (typeof TICKET_TYPES)[number]
export type TicketChannel = (typeof TICKET_CHANNELS)[number]
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]
export type CallOutcome = (typeof CALL_OUTCOMES)[number]
export type StageCategory =
  | "new"
  | "open"
  | "waiting"
  | "resolved"
  | "closed"
  | "canceled"

export type ServiceTicket = {
  id: string
  number: string
  subject: string
  description: string | null
  type: TicketType
  channel: TicketChannel
  priority: TicketPriority
  tags: string[] | null
  customer_id: string | null
  order_id: string | null
  assignee_id: string | null
  team: string | null
  pipeline_key: string
  stage: string
  stage_category: StageCategory
  reopen_count: number
  version: number
  created_at: string
  updated_at: string
}

export type TicketMessage = {
  id: string
  ticket_id: string
  channel: TicketChannel
  direction: "inbound" | "outbound" | null
  author_type: "customer" | "agent" | "system"
  author_id: string | null
  visibility: "public" | "internal"
  body: string
  attachments: { url: string; name: string; mime_type?: string | null }[] | null
  duration_seconds: number | null
  outcome: CallOutcome | null
  callback_needed: boolean | null
  created_at: string
}

export type TicketActivity = {
  id: string
  type: string
  actor_type: string
  actor_id: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type ServiceTicketDetail = ServiceTicket & {
  messages?: TicketMessage[]
  activities?: TicketActivity[]
  customer?: {
    id: string
    email: string | null
    first_name: string | null
    last_name: string | null
    phone: string | null
  } | null
  order?: { id: string; display_id: number | null; created_at: string } | null
}

export type ServiceTicketsQuery = ListQuery & {
  q?: string
  stage?: string
  priority?: string
  type?: string
  assignee_id?: string
  customer_id?: string
  order_id?: string
  order?: string
  fields?: string
}
export type ServiceTicketsResponse = PaginatedResponse & {
  service_tickets: (ServiceTicket & { customer?: CustomerSummary | null })[]
}
export type ServiceTicketResponse = { service_ticket: ServiceTicketDetail }

export type CreateServiceTicketPayload = {
  subject: string
  description?: string
  type?: TicketType
  channel?: TicketChannel
  priority?: TicketPriority
  customer_id?: string
  order_id?: string
}

export type AddTicketMessagePayload = {
  body: string
  visibility?: "public" | "internal"
  channel?: TicketChannel
  duration_seconds?: number
  outcome?: CallOutcome
  callback_needed?: boolean
}

export type PipelineStage = {
  key: string
  name: string
  category: StageCategory
  is_initial?: boolean
}
export type PipelineTransition = { from: string; to: string; name?: string }
export type TicketPipeline = {
  id: string
  key: string
  name: string
  ticket_types: string[]
  is_default: boolean
  definition: { stages: PipelineStage[]; transitions: PipelineTransition[] }
}
export type TicketPipelinesResponse = PaginatedResponse & {
  ticket_pipelines: TicketPipeline[]
}

export type CannedResponse = {
  id: string
  title: string
  category: string | null
  ticket_types: string[] | null
  is_active: boolean
}
export type CannedResponsesResponse = PaginatedResponse & {
  canned_responses: CannedResponse[]
}
export type RenderedCannedResponse = {
  rendered: {
    canned_response_id: string
    ticket_id: string
    title: string
    body: string
    missing_variables: string[]
  }
}

export type CustomerSummary = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}
export type OrderSummary = {
  id: string
  display_id: number | null
  created_at: string
}
