import { z } from "@medusajs/framework/zod"

export const AdminGetRepairQuoteParams = z.object({ fields: z.string().optional() }).strict()

export type AdminSendRepairQuoteType = z.infer<typeof AdminSendRepairQuote>
export const AdminSendRepairQuote = z
  .object({
    /** What the customer pays; defaults to the customer amount of the current costs. */
    amount: z.number().gt(0).max(10000000).optional(),
    note: z.string().trim().max(4000).nullish(),
    version: z.number().int().min(1).optional(),
  })
  .strict()
