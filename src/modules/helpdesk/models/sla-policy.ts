import { model } from "@medusajs/framework/utils"
import { TICKET_PRIORITIES } from "./service-ticket"

/**
 * Response and resolution targets for the tickets it matches. `priority` and `customer_tier`
 * are conditions (null: any); the most specific active policy wins, then the lowest `rank`
 * (see src/lib/sla selectSlaPolicy). Targets are business minutes in the policy's calendar
 * (null: no target); `warning_percent` of a target raises the warning.
 */
const SlaPolicy = model
  .define("sla_policy", {
    id: model.id({ prefix: "stsla" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    priority: model.enum([...TICKET_PRIORITIES]).nullable(),
    /** A customer tier code such as regular, silver, gold or vip (from customer profiles). */
    customer_tier: model.text().nullable(),
    first_response_minutes: model.number().nullable(),
    next_response_minutes: model.number().nullable(),
    resolution_minutes: model.number().nullable(),
    warning_percent: model.number().default(80),
    calendar_id: model.text(),
    rank: model.number().default(100),
    is_active: model.boolean().default(true),
    escalate_on_breach: model.boolean().default(true),
  })
  .indexes([{ on: ["calendar_id"] }, { on: ["priority", "customer_tier"] }])

export default SlaPolicy
