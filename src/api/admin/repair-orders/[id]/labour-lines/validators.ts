import { z } from "@medusajs/framework/zod"

export const AdminGetRepairLabourLineParams = z.object({ fields: z.string().optional() }).strict()

export type AdminAddRepairLabourLineType = z.infer<typeof AdminAddRepairLabourLine>
export const AdminAddRepairLabourLine = z
  .object({
    technician_id: z.string().trim().min(1).nullish(),
    description: z.string().trim().min(1).max(1000),
    hours: z.number().gt(0).max(1000),
    hourly_cost: z.number().min(0).max(100000).optional(),
    hourly_price: z.number().min(0).max(100000).optional(),
    covered: z.boolean().optional(),
    /** The repair order version the caller saw; a change made meanwhile gives 409. */
    version: z.number().int().min(1).optional(),
  })
  .strict()
