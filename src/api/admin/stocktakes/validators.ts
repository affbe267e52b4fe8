import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { STOCKTAKE_STATUSES } from "../../../modules/spare-parts/models/stocktake"

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])

export type AdminGetStocktakesParamsType = z.infer<typeof AdminGetStocktakesParams>
export const AdminGetStocktakesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
})
  .merge(
    z.object({
      q: z.string().optional(),
      status: oneOrMany(z.enum(STOCKTAKE_STATUSES)).optional(),
      location_id: oneOrMany(z.string()).optional(),
    })
  )
  .strict()

export type AdminOpenStocktakeType = z.infer<typeof AdminOpenStocktake>
export const AdminOpenStocktake = z
  .object({
    location_id: z.string().min(1),
    blind_count: z.boolean().optional(),
    filter_category: z.string().trim().min(1).max(100).nullish(),
    filter_part_ids: z.array(z.string().min(1)).max(5000).nullish(),
    notes: z.string().trim().max(2000).nullish(),
  })
  .strict()

export type AdminEnterStocktakeCountsType = z.infer<typeof AdminEnterStocktakeCounts>
export const AdminEnterStocktakeCounts = z
  .object({
    counts: z
      .array(
        z
          .object({
            part_id: z.string().min(1),
            counted_quantity: z.number().int().min(0),
          })
          .strict()
      )
      .min(1)
      .max(5000),
  })
  .strict()

export type AdminImportStocktakeCountsType = z.infer<typeof AdminImportStocktakeCounts>
export const AdminImportStocktakeCounts = z
  .object({
    /** CSV text with the header part_number,counted_quantity. */
    csv: z.string().min(1).max(2_000_000),
    dry_run: z.boolean().optional(),
  })
  .strict()

export type AdminStocktakeDecisionType = z.infer<typeof AdminStocktakeDecision>
export const AdminStocktakeDecision = z.object({}).strict()

export type AdminCancelStocktakeType = z.infer<typeof AdminCancelStocktake>
export const AdminCancelStocktake = z
  .object({ reason: z.string().trim().min(1).max(500) })
  .strict()
