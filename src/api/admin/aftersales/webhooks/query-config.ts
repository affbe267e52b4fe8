/** The secret is never part of a read: it is shown once, at creation or rotation. */
export const defaultAdminWebhookFields = [
  "id",
  "url",
  "description",
  "events",
  "is_active",
  "created_by",
  "created_at",
  "updated_at",
]

export const retrieveWebhookTransformQueryConfig = {
  defaults: defaultAdminWebhookFields,
  allowed: defaultAdminWebhookFields,
  isList: false,
}

export const listWebhooksTransformQueryConfig = {
  ...retrieveWebhookTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}

export const defaultAdminWebhookDeliveryFields = [
  "id",
  "event_name",
  "payload",
  "status",
  "attempts",
  "response_status",
  "response_body",
  "last_error",
  "next_attempt_at",
  "delivered_at",
  "redelivery_of",
  "created_at",
  "endpoint.id",
]

export const listWebhookDeliveriesTransformQueryConfig = {
  defaults: defaultAdminWebhookDeliveryFields,
  allowed: defaultAdminWebhookDeliveryFields,
  defaultLimit: 50,
  isList: true,
}

export const retrieveWebhookDeliveryTransformQueryConfig = {
  ...listWebhookDeliveriesTransformQueryConfig,
  isList: false,
}
