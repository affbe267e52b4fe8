import { model } from "@medusajs/framework/utils"

/**
 * A process definition for tickets. `definition` holds `{ stages, transitions }` as in
 * src/lib/process (validated with validatePipeline); `ticket_types` lists the types it
 * applies to. Tickets of other types use the default pipeline.
 */
const TicketPipeline = model
  .define("ticket_pipeline", {
    id: model.id({ prefix: "stpipe" }).primaryKey(),
    key: model.text().searchable(),
    name: model.text().searchable(),
    ticket_types: model.array(),
    definition: model.json(),
    is_default: model.boolean().default(false),
  })
  .indexes([{ on: ["key"], unique: true, where: "deleted_at IS NULL" }])

export default TicketPipeline
