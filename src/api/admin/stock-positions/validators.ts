import { z } from "@medusajs/framework/zod"

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((value) => (Array.isArray(value) ? value : [value]))

const booleanParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean()
)

export const STOCK_POSITION_STATUSES = ["ok", "low_stock", "stockout"] as const

export type AdminGetStockPositionsParamsType = z.infer<typeof AdminGetStockPositionsParams>
export const AdminGetStockPositionsParams = z
  .object({
    part_id: oneOrMany(z.string()).optional(),
    location_id: oneOrMany(z.string()).optional(),
    status: oneOrMany(z.enum(STOCK_POSITION_STATUSES)).optional(),
    /** Only positions at or below their reorder point (low stock and stockouts with a policy). */
    below_reorder_point: booleanParam.optional(),
    q: z.string().trim().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminGetPartStockParamsType = z.infer<typeof AdminGetPartStockParams>
export const AdminGetPartStockParams = z
  .object({ location_id: oneOrMany(z.string()).optional() })
  .strict()
