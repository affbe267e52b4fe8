/**
 * Customer classification for the service desk: lifecycle stage and value tier from a
 * customer's orders. Pure: callers load the orders, tiers and settings.
 *
 * - Canceled orders do not count at all.
 * - Lifecycle: `potential` without orders, `new` with exactly one, `returning` with two or
 *   more, `dormant` (overrides new/returning) when the last order is more than
 *   `dormantAfterDays` days old.
 * - Spend is the sum of order totals in one currency (the store's default currency, else the
 *   currency of the customer's latest order); orders in other currencies count as orders but
 *   not as spend, since the host keeps no exchange rates.
 * - Tier: a tier is reached when BOTH its minimum spend and its minimum order count are met;
 *   of the active tiers reached, the one with the highest rank wins; none reached -> null.
 */

export const LIFECYCLE_STAGE_VALUES = ["potential", "new", "returning", "dormant"] as const
export type CustomerLifecycleStage = (typeof LIFECYCLE_STAGE_VALUES)[number]

const DAY_MS = 24 * 60 * 60 * 1000

export type ClassificationOrder = {
  total: number
  currency_code: string
  placed_at: Date | string
  canceled: boolean
}

export type TierThreshold = {
  code: string
  rank: number
  min_total_spent: number
  min_order_count: number
  is_active?: boolean
}

export type ClassificationOptions = {
  now: Date
  dormantAfterDays: number
  /** Currency whose orders make up the spend; null: the latest order's currency. */
  currencyCode: string | null
  tiers: TierThreshold[]
}

export type CustomerClassification = {
  lifecycle_stage: CustomerLifecycleStage
  value_tier: string | null
  order_count: number
  total_spent: number
  currency_code: string | null
  first_order_at: Date | null
  last_order_at: Date | null
}

/** Rounds away floating-point noise of summed money amounts (Medusa keeps up to 4+ decimals). */
function roundAmount(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

export function lifecycleStageOf(input: {
  orderCount: number
  lastOrderAt: Date | null
  now: Date
  dormantAfterDays: number
}): CustomerLifecycleStage {
  if (input.orderCount === 0 || !input.lastOrderAt) {
    return "potential"
  }
  if (input.now.getTime() - input.lastOrderAt.getTime() > input.dormantAfterDays * DAY_MS) {
    return "dormant"
  }
  return input.orderCount === 1 ? "new" : "returning"
}

export function tierFor(
  figures: { totalSpent: number; orderCount: number },
  tiers: TierThreshold[]
): string | null {
  let best: TierThreshold | null = null
  for (const tier of tiers) {
    if (tier.is_active === false) {
      continue
    }
    const reached =
      figures.totalSpent >= tier.min_total_spent && figures.orderCount >= tier.min_order_count
    if (reached && (!best || tier.rank > best.rank)) {
      best = tier
    }
  }
  return best ? best.code : null
}

export function classifyCustomer(
  orders: ClassificationOrder[],
  options: ClassificationOptions
): CustomerClassification {
  const counted = orders
    .filter((order) => !order.canceled)
    .map((order) => ({ ...order, placed_at: new Date(order.placed_at) }))
    .sort((a, b) => a.placed_at.getTime() - b.placed_at.getTime())

  const first = counted[0] ?? null
  const last = counted[counted.length - 1] ?? null
  const currencyCode = options.currencyCode?.toLowerCase() ?? last?.currency_code.toLowerCase() ?? null
  const totalSpent = roundAmount(
    counted
      .filter((order) => order.currency_code.toLowerCase() === currencyCode)
      .reduce((sum, order) => sum + Number(order.total || 0), 0)
  )
  const orderCount = counted.length

  return {
    lifecycle_stage: lifecycleStageOf({
      orderCount,
      lastOrderAt: last?.placed_at ?? null,
      now: options.now,
      dormantAfterDays: options.dormantAfterDays,
    }),
    value_tier: tierFor({ totalSpent, orderCount }, options.tiers),
    order_count: orderCount,
    total_spent: totalSpent,
    currency_code: currencyCode,
    first_order_at: first?.placed_at ?? null,
    last_order_at: last?.placed_at ?? null,
  }
}

const COMPARED_FIELDS = [
  "lifecycle_stage",
  "value_tier",
  "order_count",
  "total_spent",
  "currency_code",
  "first_order_at",
  "last_order_at",
] as const

function comparable(value: unknown): string | number | null {
  if (value === null || value === undefined) {
    return null
  }
  if (value instanceof Date) {
    return value.getTime()
  }
  if (typeof value === "number") {
    return roundAmount(value)
  }
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return new Date(value).getTime()
  }
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) {
    return roundAmount(Number(value))
  }
  if (typeof value === "object" && "numeric" in (value as object)) {
    return roundAmount(Number((value as { numeric: unknown }).numeric))
  }
  return String(value)
}

/** The classification fields that differ between a stored profile and a fresh result. */
export function changedClassificationFields(
  stored: Partial<Record<(typeof COMPARED_FIELDS)[number], unknown>> | null,
  fresh: CustomerClassification
): string[] {
  if (!stored) {
    return [...COMPARED_FIELDS]
  }
  return COMPARED_FIELDS.filter((field) => comparable(stored[field]) !== comparable(fresh[field]))
}

/** Tier codes: lower-case letters, digits, "-" and "_" (they name customer groups and SLA rules). */
export const TIER_CODE_PATTERN = /^[a-z0-9][a-z0-9_-]*$/

/** Duplicate codes or ranks in a whole set of tiers (as it would be after a change). */
export function tierSetDuplicates(tiers: { code: string; rank: number }[]): string[] {
  const problems: string[] = []
  const seenCodes = new Set<string>()
  const seenRanks = new Set<number>()
  for (const tier of tiers) {
    if (seenCodes.has(tier.code)) {
      problems.push(`Tier code "${tier.code}" is used twice; codes must be unique.`)
    }
    if (seenRanks.has(tier.rank)) {
      problems.push(`Rank ${tier.rank} is used by two tiers; ranks must be unique.`)
    }
    seenCodes.add(tier.code)
    seenRanks.add(tier.rank)
  }
  return problems
}

/** Tiers created when none exist: amounts in the store's default currency. */
export const DEFAULT_CUSTOMER_TIERS = [
  { code: "regular", name: "Regular", rank: 0, min_total_spent: 0, min_order_count: 0 },
  { code: "silver", name: "Silver", rank: 1, min_total_spent: 500, min_order_count: 1 },
  { code: "gold", name: "Gold", rank: 2, min_total_spent: 1500, min_order_count: 2 },
  { code: "vip", name: "VIP", rank: 3, min_total_spent: 5000, min_order_count: 5 },
] as const

export const DEFAULT_DORMANT_AFTER_DAYS = 365
