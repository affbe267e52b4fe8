import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  DISPOSAL_METHODS,
  SCRAP_REASONS,
  SCRAP_STATUSES,
} from "../../../modules/spare-parts/models/scrap-request"

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])

export const AdminGetScrapRequestParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetScrapRequestsParamsType = z.infer<typeof AdminGetScrapRequestsParams>
export const AdminGetScrapRequestsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
})
  .merge(
    z.object({
      q: z.string().optional(),
      status: oneOrMany(z.enum(SCRAP_STATUSES)).optional(),
      reason: oneOrMany(z.enum(SCRAP_REASONS)).optional(),
      part_id: oneOrMany(z.string()).optional(),
      location_id: oneOrMany(z.string()).optional(),
      source_type: z.string().optional(),
      source_id: z.string().optional(),
    })
  )
  .strict()

const Photo = z
  .object({
    url: z.string().trim().min(1).max(2000),
    name: z.string().trim().max(300).nullish(),
  })
  .strict()

export type AdminCreateScrapRequestType = z.infer<typeof AdminCreateScrapRequest>
export const AdminCreateScrapRequest = z
  .object({
    part_id: z.string().min(1),
    location_id: z.string().min(1),
    quantity: z.number().int().min(1).max(1_000_000),
    reason: z.enum(SCRAP_REASONS),
    photos: z.array(Photo).max(20).optional(),
    notes: z.string().trim().max(5000).nullish(),
    source_type: z.enum(["manual", "goods_receipt", "stocktake"]).optional(),
    source_id: z.string().min(1).nullish(),
  })
  .strict()

export type AdminApproveScrapRequestType = z.infer<typeof AdminApproveScrapRequest>
export const AdminApproveScrapRequest = z.object({ notes: z.string().trim().max(5000).nullish() }).strict()

export type AdminRejectScrapRequestType = z.infer<typeof AdminRejectScrapRequest>
export const AdminRejectScrapRequest = z
  .object({ rejection_reason: z.string().trim().min(1).max(2000) })
  .strict()

export type AdminDisposeScrapRequestType = z.infer<typeof AdminDisposeScrapRequest>
export const AdminDisposeScrapRequest = z
  .object({
    disposal_method: z.enum(DISPOSAL_METHODS),
    notes: z.string().trim().max(5000).nullish(),
  })
  .strict()

export type AdminCancelScrapRequestType = z.infer<typeof AdminCancelScrapRequest>
export const AdminCancelScrapRequest = z.object({ notes: z.string().trim().max(5000).nullish() }).strict()
