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
  "service_ticket.created": {
    description: "A service ticket was opened (admin, storefront or system).",
    payload: {
      id: "ticket id",
      number: "ticket number, e.g. ST-000123",
      type: "ticket type",
      channel: "channel the request came in through",
      priority: "low | normal | high | urgent",
      customer_id: "customer id, or null",
      order_id: "order id, or null",
    },
  },
  "service_ticket.assigned": {
    description: "A service ticket was given to an agent (or unassigned: assignee_id null).",
    payload: {
      id: "ticket id",
      number: "ticket number",
      assignee_id: "admin user id, or null",
      previous_assignee_id: "admin user id before, or null",
    },
  },
  "service_ticket.stage_changed": {
    description: "A service ticket moved to another stage of its pipeline.",
    payload: {
      id: "ticket id",
      number: "ticket number",
      from_stage: "stage key before",
      to_stage: "stage key after",
      previous_stage_category: "category before: new | open | waiting | resolved | closed | canceled",
      stage_category: "category after",
    },
  },
  "service_ticket.resolved": {
    description: "A service ticket entered a resolved stage.",
    payload: { id: "ticket id", number: "ticket number", stage: "stage key" },
  },
  "service_ticket.closed": {
    description: "A service ticket entered a closed stage.",
    payload: { id: "ticket id", number: "ticket number", stage: "stage key" },
  },
  "service_ticket.message_added": {
    description:
      "A message was added to a service ticket: customer message, agent reply, internal note or call log.",
    payload: {
      id: "ticket id",
      number: "ticket number",
      message_id: "message id",
      author_type: "customer | agent | system",
      visibility: "public | internal",
      direction: "inbound | outbound, or null for internal notes",
      channel: "web | email | phone | chat | in_person | social",
    },
  },
  "customer_service_profile.updated": {
    description:
      "A customer's service profile was created or its figures changed (lifecycle stage, value tier, order count, spend, order dates).",
    payload: {
      id: "profile id",
      customer_id: "host customer id",
      lifecycle_stage: "potential | new | returning | dormant",
      previous_lifecycle_stage: "stage before, or null for a new profile",
      value_tier: "tier code, or null when no tier is reached",
      previous_value_tier: "tier code before, or null",
      changed_fields: "list of the fields that changed",
    },
  },
  "service_ticket.sla_warning": {
    description:
      "A service ticket used up the warning share of an SLA target (raised once per ticket and target; for next response once per waiting customer message).",
    payload: {
      id: "ticket id",
      number: "ticket number",
      target: "first_response | next_response | resolution",
      due_at: "when the target falls due (ISO time)",
      priority: "the ticket's priority",
      assignee_id: "admin user id, or null",
    },
  },
  "service_ticket.sla_breached": {
    description:
      "A service ticket missed an SLA target (raised once per ticket and target; for next response once per waiting customer message).",
    payload: {
      id: "ticket id",
      number: "ticket number",
      target: "first_response | next_response | resolution",
      due_at: "when the target fell due (ISO time)",
      priority: "the ticket's priority after any escalation",
      assignee_id: "admin user id, or null",
    },
  },
  "service_ticket_task.created": {
    description:
      "A follow-up task was set on a service ticket, or a revisit was scheduled when the ticket was resolved.",
    payload: {
      id: "task id",
      ticket_id: "ticket id",
      kind: "follow_up | revisit",
      due_at: "ISO due time, or null",
      assignee_id: "admin user id, or null",
    },
  },
  "service_ticket_task.completed": {
    description: "A follow-up or revisit task was done; a revisit records its outcome.",
    payload: {
      id: "task id",
      ticket_id: "ticket id",
      kind: "follow_up | revisit",
      outcome: "satisfied | not_reached | reopened for revisits, null for follow-ups",
    },
  },
  "spare_part.created": {
    description: "A spare part was created (by hand or by a CSV import), with or without a new host product.",
    payload: {
      id: "spare part id",
      part_number: "part number",
      variant_id: "host product variant id, or null",
      inventory_item_id: "host inventory item id",
    },
  },
  "spare_part.updated": {
    description: "A spare part's master data, status or superseding part changed.",
    payload: {
      id: "spare part id",
      part_number: "part number",
      status: "active | phase_out | obsolete",
      changed_fields: "names of the fields sent",
    },
  },
  "spare_part.deleted": {
    description: "A spare part was deleted (only possible without stock on hand).",
    payload: { id: "spare part id", part_number: "part number" },
  },
  "spare_part.low_stock": {
    description:
      "A part's available stock at a location fell to or below its reorder point (raised once per alert, until it is resolved).",
    payload: {
      id: "spare part id",
      part_number: "part number",
      location_id: "stock location id",
      available: "available units (stocked minus reserved)",
      reorder_point: "the reorder point of the location's policy",
      alert_id: "stock alert id",
    },
  },
  "spare_part.stockout": {
    description: "A part has no available stock left at a location (raised once per alert, until it is resolved).",
    payload: {
      id: "spare part id",
      part_number: "part number",
      location_id: "stock location id",
      available: "available units (0 or less)",
      reorder_point: "the reorder point of the location's policy",
      alert_id: "stock alert id",
    },
  },
  "stock_movement.recorded": {
    description:
      "A movement changed a part's host inventory and was written to the ledger (receipt, issue, transfer leg, adjustment; one event per ledger row).",
    payload: {
      id: "stock movement id",
      part_id: "spare part id",
      location_id: "stock location id",
      type: "receipt | issue | transfer_out | transfer_in | adjustment | ...",
      quantity: "signed change of the inventory level",
      reference_type: "repair_order | stocktake | transfer | manual | ..., or null",
      reference_id: "id of the referenced record, or null",
    },
  },
  "stocktake.posted": {
    description: "An approved stocktake's variances were posted as adjustment movements.",
    payload: {
      id: "stocktake id",
      number: "stocktake number, e.g. STK-000004",
      location_id: "stock location id",
      adjustments: "number of adjustment movements written",
      net_quantity: "sum of the adjustments in units",
    },
  },
  "purchase_order.approved": {
    description:
      "A purchase order was placed with its supplier (status ordered), after any approval its rule asks for.",
    payload: {
      id: "purchase order id",
      number: "purchase order number, e.g. PO-000123",
      supplier_id: "supplier id",
      total: "order total",
      currency_code: "currency of the total",
      expected_at: "expected delivery (ISO time)",
      approved_by: "admin user who approved it, or who placed it when no approval was needed",
    },
  },
  "purchase_order.goods_received": {
    description:
      "A goods receipt was recorded against a purchase order (partial or final); damaged units were not put into stock.",
    payload: {
      id: "purchase order id",
      number: "purchase order number",
      goods_receipt_id: "goods receipt id",
      goods_receipt_number: "goods receipt number, e.g. GR-000123",
      status: "partially_received | received",
      accepted_quantity: "units put into stock by this receipt",
      damaged_quantity: "units recorded as damaged (not in stock)",
    },
  },
  "purchase_order.received": {
    description: "Every line of a purchase order was received in full.",
    payload: { id: "purchase order id", number: "purchase order number", supplier_id: "supplier id" },
  },
  "purchase_order.closed": {
    description: "A purchase order was closed, possibly before it was fully received.",
    payload: {
      id: "purchase order id",
      number: "purchase order number",
      supplier_id: "supplier id",
      reason: "why it was closed, or null",
      shortfall: "list of { purchase_order_line_id, part_number, shortfall } not delivered",
    },
  },
  "purchase_order.canceled": {
    description: "A draft or ordered purchase order was canceled.",
    payload: {
      id: "purchase order id",
      number: "purchase order number",
      supplier_id: "supplier id",
      previous_status: "draft | ordered",
      reason: "why it was canceled",
    },
  },
  "scrap_request.requested": {
    description: "A scrap request was opened (by staff, or automatically for damaged units received on a return).",
    payload: {
      id: "scrap request id",
      number: "scrap request number, e.g. SR-000012",
      part_id: "spare part id",
      location_id: "stock location id",
      quantity: "units to scrap",
      reason: "damaged | defective_return | obsolete | expired",
      source_type: "manual | return | goods_receipt | stocktake",
      source_id: "id of the return or receipt, or null",
    },
  },
  "scrap_request.approved": {
    description: "A scrap request was approved by someone other than the requester.",
    payload: {
      id: "scrap request id",
      number: "scrap request number, e.g. SR-000012",
      part_id: "spare part id",
      location_id: "stock location id",
      quantity: "units to scrap",
      status: "status after the change",
      actor_id: "admin user who acted, or null",
    },
  },
  "scrap_request.rejected": {
    description: "A scrap request was rejected (with a reason).",
    payload: {
      id: "scrap request id",
      number: "scrap request number, e.g. SR-000012",
      part_id: "spare part id",
      location_id: "stock location id",
      quantity: "units to scrap",
      status: "status after the change",
      actor_id: "admin user who acted, or null",
    },
  },
  "scrap_request.disposed": {
    description: "An approved scrap request was disposed of: stock out with a scrap ledger row and the value written off.",
    payload: {
      id: "scrap request id",
      number: "scrap request number, e.g. SR-000012",
      part_id: "spare part id",
      location_id: "stock location id",
      quantity: "units to scrap",
      status: "status after the change",
      actor_id: "admin user who acted, or null",
      disposal_method: "recycle | destroy | return_to_supplier",
      written_off_value: "quantity x unit cost, or null without a unit cost",
      currency_code: "currency of the written-off value",
    },
  },
  "scrap_request.canceled": {
    description: "A requested or approved scrap request was canceled.",
    payload: {
      id: "scrap request id",
      number: "scrap request number, e.g. SR-000012",
      part_id: "spare part id",
      location_id: "stock location id",
      quantity: "units to scrap",
      status: "status after the change",
      actor_id: "admin user who acted, or null",
    },
  },
  "warranty_policy.created": {
    description: "A warranty policy was created.",
    payload: { id: "warranty policy id", name: "policy name", kind: "standard | extended" },
  },
  "warranty_policy.updated": {
    description: "A warranty policy's terms or scope changed.",
    payload: { id: "warranty policy id", name: "policy name", kind: "standard | extended" },
  },
  "warranty_policy.deleted": {
    description: "A warranty policy was deleted (its registrations keep their snapshot).",
    payload: { id: "warranty policy id", name: "policy name", kind: "standard | extended" },
  },
  "warranty.registered": {
    description: "A sold unit got a warranty registration (host order, manual entry or CSV import).",
    payload: {
      id: "warranty registration id",
      policy_id: "warranty policy id",
      kind: "standard | extended",
      source: "order | manual | import",
      status: "pending | active",
      customer_id: "customer id, or null",
      order_id: "order id, or null",
      line_item_id: "order line item id, or null",
      serial_number: "serial number, or null",
      ends_at: "end of coverage (ISO), or null while pending",
    },
  },
  "warranty.activated": {
    description: "A pending registration started (its policy's start event happened: fulfilment or delivery).",
    payload: {
      id: "warranty registration id",
      customer_id: "customer id, or null",
      starts_at: "start of coverage (ISO)",
      ends_at: "end of coverage (ISO)",
    },
  },
  "warranty.expiring": {
    description: "A warranty ends within the configured reminder window (raised once per registration).",
    payload: {
      id: "warranty registration id",
      customer_id: "customer id, or null",
      serial_number: "serial number, or null",
      ends_at: "end of coverage (ISO)",
      days_left: "whole days until the end",
    },
  },
  "warranty.expired": {
    description: "A warranty's coverage ended (raised once per registration).",
    payload: {
      id: "warranty registration id",
      customer_id: "customer id, or null",
      serial_number: "serial number, or null",
      ends_at: "end of coverage (ISO)",
    },
  },
  "warranty.voided": {
    description: "A registration was voided: order canceled, unit returned, or by staff.",
    payload: {
      id: "warranty registration id",
      customer_id: "customer id, or null",
      order_id: "order id, or null",
      reason: "order_canceled | returned | manual",
    },
  },
  "repair_order.created": {
    description: "A repair order was opened (store, admin or from a service ticket).",
    payload: {
      id: "repair order id",
      number: "repair order number, e.g. RO-000123",
      source: "store | admin | ticket",
      customer_id: "customer id, or null",
      order_id: "order id, or null",
      line_item_id: "order line item id, or null",
      warranty_status: "in_warranty | extended | out_of_warranty | unknown",
    },
  },
  "repair_order.approved": {
    description: "A requested repair was approved.",
    payload: { id: "repair order id", number: "repair order number", actor_id: "admin user id, or null" },
  },
  "repair_order.status_changed": {
    description: "A repair order moved to another stage of its pipeline.",
    payload: {
      id: "repair order id",
      number: "repair order number",
      from_stage: "stage before",
      to_stage: "stage after",
      stage_category: "new | open | waiting | resolved | closed | canceled",
      actor_id: "admin user or customer id, or null",
    },
  },
  "repair_order.assigned": {
    description: "A repair order was given to a technician (or unassigned: technician_id null).",
    payload: { id: "repair order id", number: "repair order number", technician_id: "technician id, or null" },
  },
  "repair_order.quoted": {
    description: "An out-of-warranty quote was sent to the customer.",
    payload: {
      id: "repair order id",
      number: "repair order number",
      amount: "quoted amount (customer pays)",
      currency_code: "currency",
    },
  },
  "repair_order.quote_accepted": {
    description: "The customer accepted the quote (a host draft order holds the payment).",
    payload: { id: "repair order id", number: "repair order number", draft_order_id: "host draft order id, or null" },
  },
  "repair_order.quote_declined": {
    description: "The customer declined the quote.",
    payload: { id: "repair order id", number: "repair order number" },
  },
  "repair_order.costs_changed": {
    description: "A repair's part or labour lines changed (added, reserved, issued, returned, canceled, removed).",
    payload: {
      id: "repair order id",
      number: "repair order number",
      change: "part_line_added | part_line_reserved | part_line_issued | part_line_returned | part_line_canceled | labour_line_added | labour_line_removed",
      line_id: "part or labour line id",
    },
  },
  "repair_order.replacement_created": {
    description: "A repair's unit is replaced: a host claim (type replace) ships a new unit.",
    payload: {
      id: "repair order id",
      number: "repair order number",
      order_id: "host order id",
      claim_id: "host claim id",
    },
  },
  "repair_order.completed": {
    description: "A repair passed quality check and has its outcome.",
    payload: {
      id: "repair order id",
      number: "repair order number",
      outcome: "repaired | replaced | no_fault_found | beyond_economical_repair",
      technician_id: "technician id, or null",
    },
  },
  "repair_order.canceled": {
    description: "A repair order was canceled (or its quote declined); reserved parts went back to stock.",
    payload: { id: "repair order id", number: "repair order number", actor_id: "admin user or customer id, or null" },
  },
  "repair_order.rated": {
    description: "The customer rated the repair result.",
    payload: { id: "repair order id", number: "repair order number", rating: "1-5" },
  },
  "technician.created": {
    description: "A technician profile was created.",
    payload: { id: "technician id", name: "technician name", user_id: "linked admin user id, or null" },
  },
  "technician.updated": {
    description: "A technician profile, skills or certifications changed.",
    payload: { id: "technician id", name: "technician name", user_id: "linked admin user id, or null" },
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

/** Internal: a "recompute all customer profiles" run was started and waits for a worker. */
export const CUSTOMER_PROFILE_RECOMPUTE_REQUESTED_EVENT = "aftersales_customer_profile_recompute.requested"

/** Internal: tells the delivery subscriber that webhook deliveries wait to be sent. */
export const WEBHOOK_DELIVERIES_QUEUED_EVENT = "aftersales_webhook_delivery.queued"

/** Internal: a parts-sales backfill or forecast-all run was started and waits for a worker. */
export const PARTS_RUN_REQUESTED_EVENT = "aftersales_parts_run.requested"
