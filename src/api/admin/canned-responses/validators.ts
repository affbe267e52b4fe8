import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { TICKET_TYPES } from "../../../modules/helpdesk/models/service-ticket"

const booleanParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean()
)

export const AdminGetCannedResponseParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetCannedResponsesParamsType = z.infer<typeof AdminGetCannedResponsesParams>
export const AdminGetCannedResponsesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "title",
})
  .merge(
    z.object({
      q: z.string().optional(),
      category: z.union([z.string(), z.array(z.string())]).optional(),
      is_active: booleanParam.optional(),
    })
  )
  .strict()

export type AdminCreateCannedResponseType = z.infer<typeof AdminCreateCannedResponse>
export const AdminCreateCannedResponse = z
  .object({
    title: z.string().trim().min(1).max(150),
    body: z.string().trim().min(1).max(20_000),
    category: z.string().trim().min(1).max(100).nullish(),
    ticket_types: z.array(z.enum(TICKET_TYPES)).optional(),
    is_active: z.boolean().optional(),
  })
  .strict()

export type AdminUpdateCannedResponseType = z.infer<typeof AdminUpdateCannedResponse>
export const AdminUpdateCannedResponse = z
  .object({
    title: z.string().trim().min(1).max(150).optional(),
    body: z.string().trim().min(1).max(20_000).optional(),
    category: z.string().trim().min(1).max(100).nullish(),
    ticket_types: z.array(z.enum(TICKET_TYPES)).optional(),
    is_active: z.boolean().optional(),
  })
  .strict()

export type AdminRenderCannedResponseType = z.infer<typeof AdminRenderCannedResponse>
export const AdminRenderCannedResponse = z
  .object({ ticket_id: z.string().min(1) })
  .strict()
