import { model } from "@medusajs/framework/utils"
import Technician from "./technician"

/** A skill assessment: score 0-100 for one product category, by an assessor. */
const TechnicianAssessment = model.define("technician_assessment", {
  id: model.id({ prefix: "tasmt" }).primaryKey(),
  product_category_id: model.text().nullable(),
  category_name: model.text().nullable(),
  score: model.number(),
  /** The skill level the assessment confirms, if it changed it. */
  level_awarded: model.number().nullable(),
  assessed_by: model.text().nullable(),
  assessed_at: model.dateTime(),
  notes: model.text().nullable(),
  technician: model.belongsTo(() => Technician, { mappedBy: "assessments" }),
})

export default TechnicianAssessment
