import { model } from "@medusajs/framework/utils"
import Technician from "./technician"

/** Periodic performance review: score 1-5 for a period, by a reviewer. */
const TechnicianReview = model.define("technician_review", {
  id: model.id({ prefix: "trev" }).primaryKey(),
  period_start: model.dateTime(),
  period_end: model.dateTime(),
  score: model.number(),
  reviewer_id: model.text().nullable(),
  notes: model.text().nullable(),
  /** Live figures at review time, kept so the review reads the same later. */
  figures: model.json().nullable(),
  technician: model.belongsTo(() => Technician, { mappedBy: "reviews" }),
})

export default TechnicianReview
