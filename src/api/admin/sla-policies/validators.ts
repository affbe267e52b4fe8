import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { TICKET_PRIORITIES } from "../../../modules/helpdesk/models/service-ticket"

const booleanParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean()
)

/** Business minutes, up to a year of round-the-clock time; null: no target. */
const targetMinutes = z.number().int().min(0).max(525_600).nullish()
const tierCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,49}$/, {
    message: "customer_tier is a tier code such as regular, silver, gold or vip.",
  })

export const AdminGetSlaPolicyParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetSlaPoliciesParamsType = z.infer<typeof AdminGetSlaPoliciesParams>
export const AdminGetSlaPoliciesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "rank",
})
  .merge(
    z.object({
      q: z.string().optional(),
      priority: z.union([z.enum(TICKET_PRIORITIES), z.array(z.enum(TICKET_PRIORITIES))]).optional(),
      customer_tier: z.union([z.string(), z.array(z.string())]).optional(),
      calendar_id: z.union([z.string(), z.array(z.string())]).optional(),
      is_active: booleanParam.optional(),
    })
  )
  .strict()

const policyFields = {
  name: z.string().trim().min(1).max(100),
  description: z.string().max(2000).nullish(),
  priority: z.enum(TICKET_PRIORITIES).nullish(),
  customer_tier: tierCode.nullish(),
  first_response_minutes: targetMinutes,
  next_response_minutes: targetMinutes,
  resolution_minutes: targetMinutes,
  warning_percent: z.number().int().min(1).max(100).optional(),
  calendar_id: z.string().min(1),
  rank: z.number().int().min(0).max(100_000).optional(),
  is_active: z.boolean().optional(),
  escalate_on_breach: z.boolean().optional(),
}

export type AdminCreateSlaPolicyType = z.infer<typeof AdminCreateSlaPolicy>
export const AdminCreateSlaPolicy = z.object(policyFields).strict()

export type AdminUpdateSlaPolicyType = z.infer<typeof AdminUpdateSlaPolicy>
export const AdminUpdateSlaPolicy = z
  .object({
    ...policyFields,
    name: policyFields.name.optional(),
    calendar_id: policyFields.calendar_id.optional(),
  })
  .strict()
