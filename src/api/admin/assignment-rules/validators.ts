import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { ASSIGNMENT_STRATEGIES } from "../../../lib/helpdesk/assignment-rules"
import {
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_TYPES,
} from "../../../modules/helpdesk/models/service-ticket"

const booleanParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean()
)

const ids = z.array(z.string().min(1)).max(100)
const tags = z.array(z.string().trim().min(1).max(50)).max(20)

export const AdminGetAssignmentRuleParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetAssignmentRulesParamsType = z.infer<typeof AdminGetAssignmentRulesParams>
export const AdminGetAssignmentRulesParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "rank",
})
  .merge(
    z.object({
      q: z.string().optional(),
      is_active: booleanParam.optional(),
      strategy: z
        .union([z.enum(ASSIGNMENT_STRATEGIES), z.array(z.enum(ASSIGNMENT_STRATEGIES))])
        .optional(),
    })
  )
  .strict()

const ruleFields = {
  name: z.string().trim().min(1).max(150),
  rank: z.number().int().min(0).max(1_000_000),
  is_active: z.boolean(),
  ticket_types: z.array(z.enum(TICKET_TYPES)),
  channels: z.array(z.enum(TICKET_CHANNELS)),
  priorities: z.array(z.enum(TICKET_PRIORITIES)),
  product_category_ids: ids,
  tags,
  strategy: z.enum(ASSIGNMENT_STRATEGIES),
  team: z.string().trim().min(1).max(100).nullable(),
  member_user_ids: ids,
}

export type AdminCreateAssignmentRuleType = z.infer<typeof AdminCreateAssignmentRule>
export const AdminCreateAssignmentRule = z
  .object({
    name: ruleFields.name,
    strategy: ruleFields.strategy,
    member_user_ids: ruleFields.member_user_ids,
    rank: ruleFields.rank.optional(),
    is_active: ruleFields.is_active.optional(),
    ticket_types: ruleFields.ticket_types.optional(),
    channels: ruleFields.channels.optional(),
    priorities: ruleFields.priorities.optional(),
    product_category_ids: ruleFields.product_category_ids.optional(),
    tags: ruleFields.tags.optional(),
    team: ruleFields.team.optional(),
  })
  .strict()

export type AdminUpdateAssignmentRuleType = z.infer<typeof AdminUpdateAssignmentRule>
export const AdminUpdateAssignmentRule = z
  .object({
    name: ruleFields.name.optional(),
    strategy: ruleFields.strategy.optional(),
    member_user_ids: ruleFields.member_user_ids.optional(),
    rank: ruleFields.rank.optional(),
    is_active: ruleFields.is_active.optional(),
    ticket_types: ruleFields.ticket_types.optional(),
    channels: ruleFields.channels.optional(),
    priorities: ruleFields.priorities.optional(),
    product_category_ids: ruleFields.product_category_ids.optional(),
    tags: ruleFields.tags.optional(),
    team: ruleFields.team.optional(),
  })
  .strict()

export type AdminReorderAssignmentRulesType = z.infer<typeof AdminReorderAssignmentRules>
export const AdminReorderAssignmentRules = z
  .object({ ids: z.array(z.string().min(1)).min(1).max(1000) })
  .strict()
