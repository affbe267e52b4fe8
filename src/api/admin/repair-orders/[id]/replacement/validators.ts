import { z } from "@medusajs/framework/zod"

export const AdminGetRepairReplacementParams = z.object({ fields: z.string().optional() }).strict()

export type AdminCreateRepairReplacementType = z.infer<typeof AdminCreateRepairReplacement>
export const AdminCreateRepairReplacement = z
  .object({
    /** The variant shipped instead; defaults to the repaired unit's variant. */
    variant_id: z.string().trim().min(1).optional(),
    version: z.number().int().min(1).optional(),
  })
  .strict()
