import { z } from "@medusajs/framework/zod"

const dateParam = z.coerce.date({ message: "Use an ISO date such as 2026-01-31." })

export type AdminRepairAnalyticsParamsType = z.infer<typeof AdminRepairAnalyticsParams>
export const AdminRepairAnalyticsParams = z
  .object({
    from: dateParam.optional(),
    to: dateParam.optional(),
    period: z.enum(["week", "month"]).optional(),
  })
  .strict()
