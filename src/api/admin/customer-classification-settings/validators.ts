import { z } from "@medusajs/framework/zod"

export type AdminUpdateClassificationSettingsType = z.infer<
  typeof AdminUpdateClassificationSettings
>
export const AdminUpdateClassificationSettings = z
  .object({
    dormant_after_days: z.number().int().min(1).max(3650).optional(),
    mirror_customer_groups: z.boolean().optional(),
  })
  .strict()
