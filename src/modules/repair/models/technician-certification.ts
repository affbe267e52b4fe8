import { model } from "@medusajs/framework/utils"
import Technician from "./technician"

const TechnicianCertification = model.define("technician_certification", {
  id: model.id({ prefix: "tcert" }).primaryKey(),
  name: model.text(),
  issuer: model.text().nullable(),
  reference: model.text().nullable(),
  issued_at: model.dateTime().nullable(),
  expires_at: model.dateTime().nullable(),
  technician: model.belongsTo(() => Technician, { mappedBy: "certifications" }),
})

export default TechnicianCertification
