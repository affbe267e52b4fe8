import { model } from "@medusajs/framework/utils"
import Technician from "./technician"

/** Skill for a host product category, level 1 (trainee) to 5 (expert). */
const TechnicianSkill = model
  .define("technician_skill", {
    id: model.id({ prefix: "tskill" }).primaryKey(),
    product_category_id: model.text(),
    category_name: model.text().nullable(),
    level: model.number().default(1),
    technician: model.belongsTo(() => Technician, { mappedBy: "skills" }),
  })
  .indexes([
    {
      on: ["technician_id", "product_category_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default TechnicianSkill
