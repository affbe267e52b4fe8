import { model } from "@medusajs/framework/utils"
import RoleAssignment from "./role-assignment"

const Role = model
  .define("aftersales_role", {
    id: model.id({ prefix: "asrole" }).primaryKey(),
    name: model.text().searchable(),
    label: model.text().searchable(),
    description: model.text().nullable(),
    permissions: model.array(),
    is_system: model.boolean().default(false),
    assignments: model.hasMany(() => RoleAssignment, { mappedBy: "role" }),
  })
  .indexes([
    { on: ["name"], unique: true, where: "deleted_at IS NULL" },
  ])
  .cascades({ delete: ["assignments"] })

export default Role
