import { z } from "@medusajs/framework/zod"

export type StoreRepairQuoteDecisionType = z.infer<typeof StoreRepairQuoteDecision>
export const StoreRepairQuoteDecision = z
  .object({ note: z.string().trim().max(2000).nullish() })
  .strict()
