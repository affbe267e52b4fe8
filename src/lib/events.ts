/**
 * The catalogue of events the plugin emits on the host event bus (and delivers to webhooks).
 * Names follow `<entity>.<past-tense verb>`; payloads carry the id and minimal context.
 * Each domain adds its events here when it starts emitting them.
 */
type PayloadFields = Record<string, string>

type EventDefinition = {
  description: string
  payload: PayloadFields
}

export const AFTERSALES_EVENTS = {
  "aftersales_role.created": {
    description: "A custom role was created.",
    payload: { id: "role id", name: "role name" },
  },
  "aftersales_role.updated": {
    description: "A custom role's label, description or permissions changed.",
    payload: { id: "role id", name: "role name" },
  },
  "aftersales_role.deleted": {
    description: "A custom role was deleted (its assignments with it).",
    payload: { id: "role id", name: "role name" },
  },
  "aftersales_role.assigned": {
    description: "A role was given to an admin user or API key.",
    payload: {
      id: "role assignment id",
      role_id: "role id",
      role_name: "role name",
      actor_type: "user | api-key",
      actor_id: "user or API key id",
    },
  },
  "aftersales_role.unassigned": {
    description: "A role was taken away from an admin user or API key.",
    payload: {
      id: "role assignment id",
      role_id: "role id",
      role_name: "role name",
      actor_type: "user | api-key",
      actor_id: "user or API key id",
    },
  },
} as const satisfies Record<string, EventDefinition>

export type AftersalesEventName = keyof typeof AFTERSALES_EVENTS

export type AftersalesEventPayload<Name extends AftersalesEventName> = {
  [Field in keyof (typeof AFTERSALES_EVENTS)[Name]["payload"]]: string
}

export const AFTERSALES_EVENT_NAMES = Object.keys(
  AFTERSALES_EVENTS
) as AftersalesEventName[]

export function isAftersalesEventName(name: string): name is AftersalesEventName {
  return Object.prototype.hasOwnProperty.call(AFTERSALES_EVENTS, name)
}

/** The event name sent by "send test event" on a webhook endpoint; not emitted on the bus. */
export const WEBHOOK_PING_EVENT = "webhook.ping"

/** Internal: tells the delivery subscriber that webhook deliveries wait to be sent. */
export const WEBHOOK_DELIVERIES_QUEUED_EVENT = "aftersales_webhook_delivery.queued"
