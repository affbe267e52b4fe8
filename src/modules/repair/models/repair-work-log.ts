import { model } from "@medusajs/framework/utils"
import RepairOrder from "./repair-order"

/** A technician's note of work done on a repair, with the time spent. */
const RepairWorkLog = model.define("repair_work_log", {
  id: model.id({ prefix: "rwlog" }).primaryKey(),
  technician_id: model.text().nullable(),
  author_id: model.text().nullable(),
  started_at: model.dateTime().nullable(),
  minutes: model.number().default(0),
  note: model.text(),
  repair_order: model.belongsTo(() => RepairOrder, { mappedBy: "work_logs" }),
})

export default RepairWorkLog
