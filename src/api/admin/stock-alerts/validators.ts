import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  STOCK_ALERT_STATUSES,
  STOCK_ALERT_TYPES,
} from "../../../modules/spare-parts/models/stock-alert"

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])

export type AdminGetStockAlertsParamsType = z.infer<typeof AdminGetStockAlertsParams>
export const AdminGetStockAlertsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-raised_at",
})
  .merge(
    z.object({
      status: oneOrMany(z.enum(STOCK_ALERT_STATUSES)).optional(),
      type: oneOrMany(z.enum(STOCK_ALERT_TYPES)).optional(),
      part_id: oneOrMany(z.string()).optional(),
      location_id: oneOrMany(z.string()).optional(),
    })
  )
  .strict()

export type AdminChangeStockAlertType = z.infer<typeof AdminChangeStockAlert>
export const AdminChangeStockAlert = z
  .object({ note: z.string().trim().max(500).nullish() })
  .strict()
