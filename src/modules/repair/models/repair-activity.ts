import { model } from "@medusajs/framework/utils"
import RepairOrder from "./repair-order"

/** Timeline entry of a repair order (created, stage changes, assignment, quote, parts, result). */
const RepairActivity = model
  .define("repair_activity", {
    id: model.id({ prefix: "ract" }).primaryKey(),
    type: model.text(),
    actor_type: model.enum(["user", "customer", "system"]).default("user"),
    actor_id: model.text().nullable(),
    from_stage: model.text().nullable(),
    to_stage: model.text().nullable(),
    /** Shown to the customer on the store timeline. */
    is_public: model.boolean().default(false),
    data: model.json().nullable(),
    repair_order: model.belongsTo(() => RepairOrder, { mappedBy: "activities" }),
  })
  .indexes([{ on: ["created_at"] }])

export default RepairActivity
