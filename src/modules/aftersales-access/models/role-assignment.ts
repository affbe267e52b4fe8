import { model } from "@medusajs/framework/utils"
import Role from "./role"

const RoleAssignment = model
  .define("aftersales_role_assignment", {
    id: model.id({ prefix: "asrolea" }).primaryKey(),
    actor_type: model.enum(["user", "api-key"]).default("user"),
    actor_id: model.text(),
    assigned_by: model.text().nullable(),
    role: model.belongsTo(() => Role, { mappedBy: "assignments" }),
  })
  .indexes([
    { on: ["actor_id"] },
    {
      on: ["role_id", "actor_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default RoleAssignment
