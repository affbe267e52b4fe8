import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type AdminGetRoleAssignmentsParamsType = z.infer<
  typeof AdminGetRoleAssignmentsParams
>
export const AdminGetRoleAssignmentsParams = createFindParams({
  limit: 50,
  offset: 0,
})
  .merge(
    z.object({
      actor_id: z.union([z.string(), z.array(z.string())]).optional(),
      actor_type: z.enum(["user", "api-key"]).optional(),
      role_id: z.union([z.string(), z.array(z.string())]).optional(),
    })
  )
  .strict()

export const AdminGetRoleAssignmentParams = z.object({
  fields: z.string().optional(),
})

export type AdminCreateRoleAssignmentType = z.infer<
  typeof AdminCreateRoleAssignment
>
export const AdminCreateRoleAssignment = z
  .object({
    role_id: z.string().min(1),
    actor_id: z.string().min(1),
    actor_type: z.enum(["user", "api-key"]).default("user"),
  })
  .strict()
