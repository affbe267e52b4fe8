import { model } from "@medusajs/framework/utils"

/**
 * A reply template for agents. `body` may use variables such as {{ customer.first_name }},
 * {{ ticket.number }} and {{ order.display_id }} (see src/lib/helpdesk/canned-responses).
 * `ticket_types` limits where it is offered (empty: every type).
 */
const CannedResponse = model
  .define("canned_response", {
    id: model.id({ prefix: "stcr" }).primaryKey(),
    title: model.text().searchable(),
    body: model.text().searchable(),
    category: model.text().nullable(),
    ticket_types: model.array(),
    is_active: model.boolean().default(true),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["category"] }])

export default CannedResponse
