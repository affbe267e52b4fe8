/**
 * Automatic assignment of new service tickets (pure, no Medusa imports).
 *
 * A rule has conditions (ticket types, channels, priorities, product categories, tags: each
 * an any-of list, empty = any) and a group of candidate agents (`member_user_ids`, the team
 * or skill group) with a strategy:
 * - `fixed`: always the one member;
 * - `round_robin`: the member after the one assigned last (`last_assigned_user_id`);
 * - `least_loaded`: the member with the fewest unfinished tickets, ties by list order.
 * The first active rule (by rank) whose conditions all hold decides; members who may not
 * work tickets any more (removed users, roles taken away) are skipped.
 */

export const ASSIGNMENT_STRATEGIES = ["fixed", "round_robin", "least_loaded"] as const
export type AssignmentStrategy = (typeof ASSIGNMENT_STRATEGIES)[number]

export type AssignmentRuleConditions = {
  ticket_types: string[]
  channels: string[]
  priorities: string[]
  product_category_ids: string[]
  tags: string[]
}

export type AssignmentRuleLike = AssignmentRuleConditions & {
  id: string
  name?: string
  team?: string | null
  rank: number
  is_active: boolean
  strategy: AssignmentStrategy
  member_user_ids: string[]
  last_assigned_user_id?: string | null
  created_at?: Date | string | null
}

/** What a rule can look at on a ticket being opened. */
export type TicketFacts = {
  type: string
  channel: string
  priority: string
  tags: string[]
  /** The product's categories and their ancestors. */
  product_category_ids: string[]
}

const anyOf = (allowed: string[], actual: string[]) =>
  !allowed.length || actual.some((value) => allowed.includes(value))

export function ruleMatches(rule: AssignmentRuleConditions, ticket: TicketFacts): boolean {
  return (
    anyOf(rule.ticket_types, [ticket.type]) &&
    anyOf(rule.channels, [ticket.channel]) &&
    anyOf(rule.priorities, [ticket.priority]) &&
    anyOf(rule.product_category_ids, ticket.product_category_ids) &&
    anyOf(rule.tags, ticket.tags)
  )
}

const timeOf = (value: Date | string | null | undefined) =>
  value ? new Date(value).getTime() : 0

/** Rules in evaluation order: rank ascending, then the older rule first. */
export function sortRules<T extends AssignmentRuleLike>(rules: T[]): T[] {
  return [...rules].sort(
    (a, b) =>
      a.rank - b.rank ||
      timeOf(a.created_at) - timeOf(b.created_at) ||
      a.id.localeCompare(b.id)
  )
}

/** The first active rule (by rank) whose conditions all hold for the ticket. */
export function findMatchingRule<T extends AssignmentRuleLike>(
  rules: T[],
  ticket: TicketFacts
): T | undefined {
  return sortRules(rules).find((rule) => rule.is_active && ruleMatches(rule, ticket))
}

/**
 * Round robin: the first eligible member after the last assigned one, wrapping around. When
 * the last assigned user left the group, the rotation starts from the beginning.
 */
export function pickRoundRobin(
  members: string[],
  eligible: ReadonlySet<string>,
  lastAssigned: string | null | undefined
): string | null {
  if (!members.length) {
    return null
  }
  const lastIndex = lastAssigned ? members.indexOf(lastAssigned) : -1
  for (let step = 1; step <= members.length; step++) {
    const candidate = members[(lastIndex + step) % members.length]
    if (eligible.has(candidate)) {
      return candidate
    }
  }
  return null
}

/** Least loaded: the eligible member with the fewest open tickets; ties go to the earlier member. */
export function pickLeastLoaded(
  members: string[],
  eligible: ReadonlySet<string>,
  openTickets: Readonly<Record<string, number>>
): string | null {
  let best: string | null = null
  let bestLoad = Infinity
  for (const member of members) {
    if (!eligible.has(member)) {
      continue
    }
    const load = openTickets[member] ?? 0
    if (load < bestLoad) {
      best = member
      bestLoad = load
    }
  }
  return best
}

/** Fixed: the rule's one member, if they may still work tickets. */
export function pickFixed(members: string[], eligible: ReadonlySet<string>): string | null {
  const member = members[0]
  return member && eligible.has(member) ? member : null
}

export type AssigneeChoice = {
  rule_id: string
  strategy: AssignmentStrategy
  assignee_id: string | null
}

/**
 * The member a rule picks. `openTickets` is needed for least_loaded only. Null assignee:
 * nobody in the group may work tickets right now (the ticket stays unassigned).
 */
export function chooseAssignee(
  rule: AssignmentRuleLike,
  eligible: ReadonlySet<string>,
  openTickets: Readonly<Record<string, number>> = {}
): AssigneeChoice {
  const members = rule.member_user_ids
  const assignee =
    rule.strategy === "fixed"
      ? pickFixed(members, eligible)
      : rule.strategy === "round_robin"
        ? pickRoundRobin(members, eligible, rule.last_assigned_user_id)
        : pickLeastLoaded(members, eligible, openTickets)
  return { rule_id: rule.id, strategy: rule.strategy, assignee_id: assignee }
}

/** Problems with a rule's strategy and members, as messages (empty: fine). */
export function validateRuleMembers(
  strategy: AssignmentStrategy,
  members: string[]
): string[] {
  const problems: string[] = []
  if (new Set(members).size !== members.length) {
    problems.push("member_user_ids lists a user twice.")
  }
  if (strategy === "fixed" && members.length !== 1) {
    problems.push("A fixed rule names exactly one member.")
  }
  if (strategy !== "fixed" && !members.length) {
    problems.push(`A ${strategy} rule needs at least one member.`)
  }
  return problems
}

/**
 * The category ids a product's categories stand for: each category and its ancestors
 * (Medusa keeps the ancestor path in `mpath`, "root_id.child_id.own_id").
 */
export function categoryIdsWithAncestors(
  categories: { id: string; mpath?: string | null }[]
): string[] {
  const ids = new Set<string>()
  for (const category of categories) {
    ids.add(category.id)
    for (const ancestor of (category.mpath ?? "").split(".")) {
      if (ancestor) {
        ids.add(ancestor)
      }
    }
  }
  return [...ids]
}

/** Ranks 0, 10, 20, ... for rules in the given order (reordering rewrites all of them). */
export function ranksInOrder(ids: string[]): { id: string; rank: number }[] {
  return ids.map((id, index) => ({ id, rank: index * 10 }))
}
