import { model } from "@medusajs/framework/utils"
import TechnicianAssessment from "./technician-assessment"
import TechnicianCertification from "./technician-certification"
import TechnicianReview from "./technician-review"
import TechnicianSkill from "./technician-skill"

/**
 * A repair technician, optionally linked to a Medusa admin user. `capacity` is the number of
 * open repairs they can carry at once (used by the assignment suggestion).
 */
const Technician = model
  .define("technician", {
    id: model.id({ prefix: "tech" }).primaryKey(),
    user_id: model.text().nullable(),
    name: model.text().searchable(),
    email: model.text().searchable().nullable(),
    phone: model.text().nullable(),
    location_id: model.text().nullable(),
    hourly_rate: model.bigNumber().default(0),
    capacity: model.number().default(5),
    experience_years: model.number().default(0),
    is_active: model.boolean().default(true),
    notes: model.text().nullable(),
    metadata: model.json().nullable(),
    skills: model.hasMany(() => TechnicianSkill, { mappedBy: "technician" }),
    certifications: model.hasMany(() => TechnicianCertification, { mappedBy: "technician" }),
    assessments: model.hasMany(() => TechnicianAssessment, { mappedBy: "technician" }),
    reviews: model.hasMany(() => TechnicianReview, { mappedBy: "technician" }),
  })
  .indexes([
    { on: ["user_id"], unique: true, where: "deleted_at IS NULL AND user_id IS NOT NULL" },
    { on: ["is_active"] },
  ])
  .cascades({ delete: ["skills", "certifications", "assessments", "reviews"] })

export default Technician
