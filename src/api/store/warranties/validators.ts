import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { WARRANTY_REGISTRATION_STATUSES } from "../../../lib/warranty/constants"

export const StoreGetWarrantyParams = z.object({}).strict()

export type StoreGetWarrantiesParamsType = z.infer<typeof StoreGetWarrantiesParams>
export const StoreGetWarrantiesParams = createFindParams({ limit: 50, offset: 0, order: "-created_at" })
  .merge(
    z.object({
      status: z.union([z.enum(WARRANTY_REGISTRATION_STATUSES), z.array(z.enum(WARRANTY_REGISTRATION_STATUSES))]).optional(),
      order_id: z.string().optional(),
    })
  )
  .strict()
