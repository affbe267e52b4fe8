import { model } from "@medusajs/framework/utils"

/**
 * Business hours SLA clocks count in: an IANA `timezone`, `working_hours` per weekday
 * (`{ mon: [{ start: "09:00", end: "17:00" }], ... }`, a missing day is closed) and
 * `holidays` as "YYYY-MM-DD" dates in that zone. Validated with src/lib/sla validateCalendar.
 */
const BusinessCalendar = model
  .define("business_calendar", {
    id: model.id({ prefix: "stcal" }).primaryKey(),
    name: model.text().searchable(),
    timezone: model.text(),
    working_hours: model.json(),
    holidays: model.array(),
    is_default: model.boolean().default(false),
  })
  .indexes([{ on: ["name"], unique: true, where: "deleted_at IS NULL" }])

export default BusinessCalendar
