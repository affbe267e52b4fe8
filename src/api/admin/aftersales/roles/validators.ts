import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { isKnownPermission } from "../../../../lib/access/permissions"

const permissionList = z
  .array(
    z.string().refine(isKnownPermission, {
      message:
        "Unknown permission. Use resource:action names from GET /admin/aftersales/permissions.",
    })
  )
  .transform((permissions) => [...new Set(permissions)])

export const AdminGetRoleParams = z.object({ fields: z.string().optional() })

export type AdminGetRolesParamsType = z.infer<typeof AdminGetRolesParams>
export const AdminGetRolesParams = createFindParams({ limit: 50, offset: 0 })
  .merge(
    z.object({
      q: z.string().optional(),
      name: z.union([z.string(), z.array(z.string())]).optional(),
      is_system: z
        .preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean())
        .optional(),
    })
  )
  .strict()

export type AdminCreateRoleType = z.infer<typeof AdminCreateRole>
export const AdminCreateRole = z
  .object({
    name: z
      .string()
      .regex(/^[a-z][a-z0-9_]{1,49}$/, {
        message:
          "Role names are 2-50 lower-case letters, digits or underscores, starting with a letter.",
      }),
    label: z.string().min(1).max(100),
    description: z.string().max(500).nullish(),
    permissions: permissionList,
  })
  .strict()

export type AdminUpdateRoleType = z.infer<typeof AdminUpdateRole>
export const AdminUpdateRole = z
  .object({
    label: z.string().min(1).max(100).optional(),
    description: z.string().max(500).nullish(),
    permissions: permissionList.optional(),
  })
  .strict()
