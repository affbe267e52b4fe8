import { z } from "@medusajs/framework/zod"

/** The repair order version the caller saw; a change made meanwhile gives 409. */
const version = z.number().int().min(1).optional()

export const AdminGetRepairPartLineParams = z.object({ fields: z.string().optional() }).strict()

export type AdminAddRepairPartLineType = z.infer<typeof AdminAddRepairPartLine>
export const AdminAddRepairPartLine = z
  .object({
    spare_part_id: z.string().trim().min(1),
    quantity: z.number().int().min(1).max(10000),
    location_id: z.string().trim().min(1).optional(),
    covered: z.boolean().optional(),
    note: z.string().trim().max(2000).nullish(),
    version,
  })
  .strict()

export type AdminRepairPartLineActionType = z.infer<typeof AdminRepairPartLineAction>
export const AdminRepairPartLineAction = z.object({ version }).strict()

export type AdminReturnRepairPartLineType = z.infer<typeof AdminReturnRepairPartLine>
export const AdminReturnRepairPartLine = z
  .object({ quantity: z.number().int().min(1).max(10000), version })
  .strict()
