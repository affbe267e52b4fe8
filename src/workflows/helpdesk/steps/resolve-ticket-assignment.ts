import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hasPermission } from "../../../lib/access/permissions"
import {
  AssignmentRuleLike,
  AssignmentStrategy,
  categoryIdsWithAncestors,
  chooseAssignee,
  findMatchingRule,
} from "../../../lib/helpdesk/assignment-rules"
import { AFTERSALES_ACCESS_MODULE } from "../../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../../modules/aftersales-access/service"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ResolveTicketAssignmentInput = {
  type?: string
  channel?: string
  priority?: string
  tags?: string[]
  product_id?: string | null
  assignee_id?: string | null
  team?: string | null
}

export type TicketAssignment = {
  assignee_id: string | null
  team: string | null
  /** The rule that decided, when one did. */
  rule: { id: string; name: string; strategy: AssignmentStrategy } | null
}

type TakenTurn = { rule_id: string; taken: string; previous_user_id: string | null }

/** The product's categories and their ancestors (none without a product). */
async function productCategoryIds(
  container: MedusaContainer,
  productId: string | null | undefined
): Promise<string[]> {
  if (!productId) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "categories.id", "categories.mpath"],
    filters: { id: productId },
  })
  return categoryIdsWithAncestors(((products[0] as any)?.categories ?? []).filter(Boolean))
}

/** Members who may still work tickets: existing admin users holding service_tickets:write. */
async function eligibleMembers(container: MedusaContainer, members: string[]) {
  if (!members.length) {
    return new Set<string>()
  }
  const userService = container.resolve(Modules.USER)
  const access: AftersalesAccessModuleService = container.resolve(AFTERSALES_ACCESS_MODULE)
  const users = await userService.listUsers({ id: members }, { select: ["id"], take: members.length })
  const eligible = new Set<string>()
  for (const user of users) {
    const { permissions } = await access.getActorAccess({ id: user.id, type: "user" })
    if (hasPermission(permissions, "service_tickets:write")) {
      eligible.add(user.id)
    }
  }
  return eligible
}

/**
 * Decides who gets a new ticket opened without an assignee: the first active assignment rule
 * (by rank) whose conditions hold picks a member by its strategy, and its team goes on the
 * ticket unless one was given. A round-robin turn is taken under the rule's row lock; the
 * compensation gives it back when the ticket is not created after all.
 */
export const resolveTicketAssignmentStep = createStep(
  "resolve-service-ticket-assignment",
  async (input: ResolveTicketAssignmentInput, { container }) => {
    const given: TicketAssignment = {
      assignee_id: input.assignee_id ?? null,
      team: input.team ?? null,
      rule: null,
    }
    if (given.assignee_id) {
      return new StepResponse(given, null as TakenTurn | null)
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const rules = (await helpdesk.listAssignmentRules(
      { is_active: true },
      { take: 1000 }
    )) as unknown as AssignmentRuleLike[]
    if (!rules.length) {
      return new StepResponse(given, null as TakenTurn | null)
    }
    const rule = findMatchingRule(rules, {
      type: input.type ?? "inquiry",
      channel: input.channel ?? "web",
      priority: input.priority ?? "normal",
      tags: input.tags ?? [],
      product_category_ids: await productCategoryIds(container, input.product_id),
    })
    if (!rule) {
      return new StepResponse(given, null as TakenTurn | null)
    }

    const eligible = await eligibleMembers(container, rule.member_user_ids)
    let assigneeId: string | null
    let turn: TakenTurn | null = null
    if (rule.strategy === "round_robin") {
      const taken = await helpdesk.takeRoundRobinTurn(rule.id, [...eligible])
      assigneeId = taken.assignee_id
      if (taken.assignee_id) {
        turn = {
          rule_id: rule.id,
          taken: taken.assignee_id,
          previous_user_id: taken.previous_user_id,
        }
      }
    } else {
      const load =
        rule.strategy === "least_loaded"
          ? await helpdesk.countOpenTicketsByAssignee([...eligible])
          : {}
      assigneeId = chooseAssignee(rule, eligible, load).assignee_id
    }
    const assignment: TicketAssignment = {
      assignee_id: assigneeId,
      team: given.team ?? rule.team ?? null,
      rule: { id: rule.id, name: rule.name ?? "", strategy: rule.strategy },
    }
    return new StepResponse(assignment, turn)
  },
  async (turn, { container }) => {
    if (!turn) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.returnRoundRobinTurn(turn.rule_id, turn.taken, turn.previous_user_id)
  }
)
