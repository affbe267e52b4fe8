import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { MANUAL_MOVEMENT_TYPES } from "../../../lib/spare-parts/stock"
import { STOCK_MOVEMENT_TYPES } from "../../../modules/spare-parts/models/stock-movement"

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])

/** `occurred_at[gte]=...&occurred_at[lte]=...`, turned into the query operators. */
const dateRange = z
  .object({ gte: z.coerce.date().optional(), lte: z.coerce.date().optional() })
  .strict()
  .transform(({ gte, lte }) => ({
    ...(gte ? { $gte: gte } : {}),
    ...(lte ? { $lte: lte } : {}),
  }))

export type AdminGetStockMovementsParamsType = z.infer<typeof AdminGetStockMovementsParams>
export const AdminGetStockMovementsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-occurred_at",
})
  .merge(
    z.object({
      part_id: oneOrMany(z.string()).optional(),
      location_id: oneOrMany(z.string()).optional(),
      type: oneOrMany(z.enum(STOCK_MOVEMENT_TYPES)).optional(),
      reference_type: z.string().optional(),
      reference_id: z.string().optional(),
      transfer_id: z.string().optional(),
      occurred_at: dateRange.optional(),
    })
  )
  .strict()

export type AdminRecordStockMovementType = z.infer<typeof AdminRecordStockMovement>
export const AdminRecordStockMovement = z
  .object({
    type: z.enum(MANUAL_MOVEMENT_TYPES),
    part_id: z.string().min(1),
    location_id: z.string().min(1),
    to_location_id: z.string().min(1).nullish(),
    quantity: z.number().int().refine((value) => value !== 0, "must not be 0"),
    reason: z.string().trim().max(500).nullish(),
    reference_type: z.enum(["repair_order", "manual"]).nullish(),
    reference_id: z.string().trim().min(1).max(100).nullish(),
    unit_cost: z.number().min(0).nullish(),
  })
  .strict()
