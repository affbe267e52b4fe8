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
