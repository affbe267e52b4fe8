import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AssignmentStrategy } from "../../../lib/helpdesk/assignment-rules"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateAssignmentRuleInput = {
  name: string
  rank?: number
  is_active?: boolean
  ticket_types?: string[]
  channels?: string[]
  priorities?: string[]
  product_category_ids?: string[]
  tags?: string[]
  strategy: AssignmentStrategy
  team?: string | null
  member_user_ids?: string[]
}

const unique = (values?: string[]) => [...new Set(values ?? [])]

/** Creates a rule; without a rank it goes after the last rule. */
export const createAssignmentRuleStep = createStep(
  "create-assignment-rule",
  async (input: CreateAssignmentRuleInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    let rank = input.rank
    if (rank === undefined) {
      const [last] = await helpdesk.listAssignmentRules(
        {},
        { select: ["rank"], order: { rank: "DESC" }, take: 1 }
      )
      rank = last ? last.rank + 10 : 0
    }
    const rule = await helpdesk.createAssignmentRules({
      ...input,
      rank,
      ticket_types: unique(input.ticket_types),
      channels: unique(input.channels),
      priorities: unique(input.priorities),
      product_category_ids: unique(input.product_category_ids),
      tags: unique(input.tags),
      member_user_ids: input.member_user_ids ?? [],
    } as any)
    return new StepResponse(rule, rule.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteAssignmentRules(id)
  }
)
