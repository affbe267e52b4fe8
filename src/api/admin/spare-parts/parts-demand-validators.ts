import { z } from "@medusajs/framework/zod"
import { DEMAND_PERIODS } from "../../../lib/spare-parts/demand-history"

const isoDate = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: "must be a date such as 2026-01-31" })

export type AdminCreatePartsQuoteType = z.infer<typeof AdminCreatePartsQuote>
export const AdminCreatePartsQuote = z
  .object({
    customer_id: z.string().min(1),
    region_id: z.string().min(1),
    sales_channel_id: z.string().min(1).nullish(),
    lines: z
      .array(
        z
          .object({ part_id: z.string().min(1), quantity: z.number().int().min(1).max(100_000) })
          .strict()
      )
      .min(1)
      .max(200),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict()

export type AdminGetPartDemandParamsType = z.infer<typeof AdminGetPartDemandParams>
export const AdminGetPartDemandParams = z
  .object({
    period: z.enum(DEMAND_PERIODS).default("month"),
    from: isoDate.optional(),
    to: isoDate.optional(),
    location_id: z.string().min(1).optional(),
  })
  .strict()

export type AdminExportDemandParamsType = z.infer<typeof AdminExportDemandParams>
export const AdminExportDemandParams = z
  .object({
    period: z.enum(DEMAND_PERIODS).default("month"),
    from: isoDate.optional(),
    to: isoDate.optional(),
    format: z.enum(["csv", "json"]).default("csv"),
    part_id: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .strict()

export const AdminGetPartSalesParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetPartSalesParamsType = z.infer<typeof AdminGetPartSalesParams>

export const AdminEmptyBody = z.object({}).strict()
