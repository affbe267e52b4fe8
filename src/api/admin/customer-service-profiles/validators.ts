import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { LIFECYCLE_STAGE_VALUES } from "../../../lib/helpdesk/customer-classification"

export const AdminGetCustomerServiceProfileParams = z
  .object({ fields: z.string().optional() })
  .strict()

export type AdminGetCustomerServiceProfilesParamsType = z.infer<
  typeof AdminGetCustomerServiceProfilesParams
>
export const AdminGetCustomerServiceProfilesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-computed_at",
})
  .merge(
    z.object({
      q: z.string().trim().min(1).optional(),
      lifecycle_stage: z
        .union([z.enum(LIFECYCLE_STAGE_VALUES), z.array(z.enum(LIFECYCLE_STAGE_VALUES))])
        .optional(),
      value_tier: z.union([z.string(), z.array(z.string())]).optional(),
      customer_id: z.union([z.string(), z.array(z.string())]).optional(),
    })
  )
  .strict()

export const AdminRecomputeCustomerServiceProfiles = z.object({}).strict()
