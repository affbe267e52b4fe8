import {
  AFTERSALES_EVENTS,
  AFTERSALES_EVENT_NAMES,
  WEBHOOK_DELIVERIES_QUEUED_EVENT,
  WEBHOOK_PING_EVENT,
  isAftersalesEventName,
} from "../events"

const EVENT_NAME_PATTERN = /^[a-z][a-z0-9]*(_[a-z0-9]+)*\.[a-z]+(_[a-z]+)*ed$/
/** State events named by DESIGN.md after the state an item entered, not a past-tense verb. */
const STATE_EVENT_NAMES: string[] = [
  "spare_part.low_stock",
  "spare_part.stockout",
  "service_ticket.sla_warning",
  "warranty.expiring",
]

describe("AFTERSALES_EVENTS", () => {
  it("is not empty and lists every event once in AFTERSALES_EVENT_NAMES", () => {
    expect(AFTERSALES_EVENT_NAMES.length).toBeGreaterThan(0)
    expect([...AFTERSALES_EVENT_NAMES].sort()).toEqual(
      Object.keys(AFTERSALES_EVENTS).sort()
    )
    expect(new Set(AFTERSALES_EVENT_NAMES).size).toBe(AFTERSALES_EVENT_NAMES.length)
  })

  it.each(AFTERSALES_EVENT_NAMES.filter((name) => !STATE_EVENT_NAMES.includes(name)))(
    "%s is named <snake_case entity>.<past-tense verb>",
    (name) => {
      expect(name).toMatch(EVENT_NAME_PATTERN)
    }
  )

  it.each(AFTERSALES_EVENT_NAMES)(
    "%s has a description and a payload with an id",
    (name) => {
      const definition = AFTERSALES_EVENTS[name]
      expect(definition.description.trim()).not.toBe("")
      expect(definition.payload).toHaveProperty("id")
      for (const [field, description] of Object.entries(definition.payload)) {
        expect(field).toMatch(/^[a-z]+(_[a-z]+)*$/)
        expect(String(description).trim()).not.toBe("")
      }
    }
  )

  // Governance entities carry the aftersales_ prefix; domain entities use the names from
  // DESIGN.md (service_ticket, warranty, repair_order, ...), none of which core Medusa emits.
  it("uses only the plugin's own entity names, so events cannot clash with core events", () => {
    const PLUGIN_ENTITIES = [
      "service_ticket",
      "service_ticket_task",
      "customer_service_profile",
      "warranty",
      "warranty_policy",
      "technician",
      "repair_order",
      "spare_part",
      "purchase_order",
      "scrap_request",
      "stock_movement",
      "stocktake",
      "complaint",
      "survey",
    ]
    const CORE_ENTITIES = ["order", "customer", "product", "cart", "return", "claim", "exchange", "user", "inventory_item"]
    for (const name of AFTERSALES_EVENT_NAMES) {
      const entity = name.split(".")[0]
      expect(entity.startsWith("aftersales_") || PLUGIN_ENTITIES.includes(entity)).toBe(true)
      expect(CORE_ENTITIES).not.toContain(entity)
    }
  })

  it("rejects names that break the pattern (sanity check of the pattern itself)", () => {
    for (const bad of [
      "aftersales_role.create",
      "AftersalesRole.created",
      "aftersales-role.created",
      "aftersales_role_created",
      "aftersales_role.created.now",
    ]) {
      expect(bad).not.toMatch(EVENT_NAME_PATTERN)
    }
  })
})

describe("isAftersalesEventName", () => {
  it("accepts every catalogued event", () => {
    for (const name of AFTERSALES_EVENT_NAMES) {
      expect(isAftersalesEventName(name)).toBe(true)
    }
  })

  it("rejects unknown and core event names", () => {
    expect(isAftersalesEventName("order.placed")).toBe(false)
    expect(isAftersalesEventName("aftersales_role.exploded")).toBe(false)
    expect(isAftersalesEventName("")).toBe(false)
    expect(isAftersalesEventName("AFTERSALES_ROLE.CREATED")).toBe(false)
  })

  it("does not accept the internal queue event or the ping event as bus events", () => {
    expect(isAftersalesEventName(WEBHOOK_DELIVERIES_QUEUED_EVENT)).toBe(false)
    expect(isAftersalesEventName(WEBHOOK_PING_EVENT)).toBe(false)
  })

  // The webhook validator relies on this to refuse events: ["toString"].
  it("rejects names inherited from Object.prototype", () => {
    for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty"]) {
      expect(isAftersalesEventName(name)).toBe(false)
    }
  })
})
