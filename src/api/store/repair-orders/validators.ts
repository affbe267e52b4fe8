import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { REPAIR_ARRIVAL_MODES, REPAIR_STAGE_CATEGORIES } from "../../../lib/repair/constants"

export const StoreGetRepairOrderParams = z.object({ fields: z.string().optional() }).strict()

export type StoreGetRepairOrdersParamsType = z.infer<typeof StoreGetRepairOrdersParams>
export const StoreGetRepairOrdersParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
})
  .merge(
    z.object({
      order_id: z.union([z.string(), z.array(z.string())]).optional(),
      stage_category: z
        .union([z.enum(REPAIR_STAGE_CATEGORIES), z.array(z.enum(REPAIR_STAGE_CATEGORIES))])
        .optional(),
    })
  )
  .strict()

export type StoreCreateRepairOrderType = z.infer<typeof StoreCreateRepairOrder>
export const StoreCreateRepairOrder = z
  .object({
    order_id: z.string().min(1, { message: "Choose the order the item was bought with." }),
    line_item_id: z.string().min(1, { message: "Choose the item that needs a repair." }),
    unit_index: z.number().int().min(1).optional(),
    fault_description: z.string().trim().min(1, { message: "Describe the fault." }).max(5000),
    serial_number: z.string().trim().min(1).max(100).optional(),
    arrival_mode: z.enum(REPAIR_ARRIVAL_MODES).optional(),
    intake_condition: z.string().trim().max(2000).optional(),
    accessories: z.string().trim().max(1000).optional(),
  })
  .strict()

export type StoreRepairAcceptanceType = z.infer<typeof StoreRepairAcceptance>
export const StoreRepairAcceptance = z
  .object({
    accepted: z.boolean(),
    feedback: z.string().trim().max(5000).optional(),
  })
  .strict()
  .refine((body) => body.accepted || !!body.feedback, {
    message: "Tell us what is wrong with the result.",
    path: ["feedback"],
  })

export type StoreRepairRatingType = z.infer<typeof StoreRepairRating>
export const StoreRepairRating = z
  .object({
    rating: z.number().int().min(1, { message: "Rate from 1 to 5." }).max(5, { message: "Rate from 1 to 5." }),
    feedback: z.string().trim().max(5000).optional(),
  })
  .strict()
