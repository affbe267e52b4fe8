/**
 * Reorder policies of a spare part at one stock location, and the quantity they suggest.
 *
 * Methods (every quantity is a whole number of units, the stock position is available plus
 * incoming, i.e. on open purchase orders):
 * - `reorder_point`: reorder when the position is at or below `reorder_point`; order up to
 *   `max_quantity` when it is set (and above the reorder point), else just enough to lift the
 *   position above the reorder point (the supplier's minimum order quantity and pack size then
 *   set the lot).
 * - `min_max`: reorder when the position is at or below `min_quantity`; order up to
 *   `max_quantity`. The stored `reorder_point` always equals `min_quantity`, so alerts and
 *   ordering agree.
 * - `order_up_to`: top the position up to `max_quantity` whenever it is below it (periodic
 *   review); `reorder_point` still raises the low-stock alert.
 * In every method `safety_stock <= reorder level <= max_quantity`.
 */

export const REORDER_METHOD_NAMES = ["reorder_point", "min_max", "order_up_to"] as const
export type ReorderMethodName = (typeof REORDER_METHOD_NAMES)[number]

export type ReorderPolicyNumbers = {
  method: ReorderMethodName
  reorder_point: number
  safety_stock: number
  min_quantity: number | null
  max_quantity: number | null
}

export type ReorderPolicyInput = {
  method?: ReorderMethodName
  reorder_point?: number | null
  safety_stock?: number | null
  min_quantity?: number | null
  max_quantity?: number | null
}

const isWholeNonNegative = (value: number) => Number.isInteger(value) && value >= 0

/**
 * Fills what a method implies (min_max: reorder point = min quantity) and returns the policy
 * with every problem found, as sentences naming the fields; an empty list means valid.
 */
export function normalizeReorderPolicy(input: ReorderPolicyInput): {
  policy: ReorderPolicyNumbers
  problems: string[]
} {
  const method = input.method ?? "reorder_point"
  const problems: string[] = []
  if (!(REORDER_METHOD_NAMES as readonly string[]).includes(method)) {
    problems.push(`method must be one of ${REORDER_METHOD_NAMES.join(", ")}.`)
  }
  let minQuantity = input.min_quantity ?? null
  let reorderPoint = input.reorder_point ?? null
  if (method === "min_max") {
    if (minQuantity === null && reorderPoint !== null) {
      minQuantity = reorderPoint
    }
    if (minQuantity !== null && reorderPoint !== null && minQuantity !== reorderPoint) {
      problems.push(
        `For min_max the reorder point is the min quantity: give one of them or the same value (got reorder_point ${reorderPoint}, min_quantity ${minQuantity}).`
      )
    }
    reorderPoint = minQuantity
  }
  const policy: ReorderPolicyNumbers = {
    method,
    reorder_point: reorderPoint ?? 0,
    safety_stock: input.safety_stock ?? 0,
    min_quantity: method === "min_max" ? minQuantity : null,
    max_quantity: input.max_quantity ?? null,
  }

  const numbers: [string, number | null][] = [
    ["reorder_point", policy.reorder_point],
    ["safety_stock", policy.safety_stock],
    ["min_quantity", policy.min_quantity],
    ["max_quantity", policy.max_quantity],
  ]
  for (const [field, value] of numbers) {
    if (value !== null && !isWholeNonNegative(value)) {
      problems.push(`${field} must be a whole number of units, 0 or more (got ${value}).`)
    }
  }
  if (method === "min_max" && policy.min_quantity === null) {
    problems.push("min_max needs min_quantity.")
  }
  if ((method === "min_max" || method === "order_up_to") && policy.max_quantity === null) {
    problems.push(`${method} needs max_quantity (the order-up-to level).`)
  }
  const levelName = method === "min_max" ? "min_quantity" : "reorder_point"
  if (policy.safety_stock > policy.reorder_point) {
    problems.push(
      `safety_stock (${policy.safety_stock}) must not exceed ${levelName} (${policy.reorder_point}).`
    )
  }
  if (policy.max_quantity !== null && policy.reorder_point > policy.max_quantity) {
    problems.push(
      `${levelName} (${policy.reorder_point}) must not exceed max_quantity (${policy.max_quantity}).`
    )
  }
  return { policy, problems }
}

/** The level at or below which a part counts as low on stock (what P2's alerts compare to). */
export function reorderLevel(policy: Pick<ReorderPolicyNumbers, "method" | "reorder_point" | "min_quantity">): number {
  return policy.method === "min_max" ? policy.min_quantity ?? policy.reorder_point : policy.reorder_point
}

/**
 * Rounds a wanted quantity up to what the supplier sells: at least `minOrderQuantity`, in
 * whole packs of `packSize`. Zero stays zero.
 */
export function applyLotSizing(quantity: number, minOrderQuantity = 1, packSize = 1): number {
  if (quantity <= 0) {
    return 0
  }
  const pack = Math.max(1, Math.floor(packSize))
  const atLeast = Math.max(Math.ceil(quantity), Math.max(1, Math.ceil(minOrderQuantity)))
  return Math.ceil(atLeast / pack) * pack
}

export type SuggestOrderQuantityInput = {
  policy: ReorderPolicyNumbers
  /** Units that can be used now at the location (on hand minus reserved); may be negative. */
  available: number
  /** Units on open purchase orders / transfers not yet received at the location. */
  incoming: number
  /** Supplier's minimum order quantity (default 1). */
  min_order_quantity?: number | null
  /** Supplier's pack size; orders are whole packs (default 1). */
  pack_size?: number | null
}

export type OrderSuggestion = {
  /** True when the policy says to order now. */
  reorder: boolean
  /** available + incoming. */
  position: number
  /** The level the position is compared with (reorderLevel). */
  level: number
  /** The position the order aims for before lot sizing. */
  target: number
  /** Units to order after MOQ and pack rounding; 0 when `reorder` is false. */
  quantity: number
}

/**
 * suggestOrderQuantity({ policy, available, incoming, min_order_quantity?, pack_size? })
 * -> { reorder, position, level, target, quantity }.
 *
 * The suggested purchase quantity of one part at one location under its reorder policy
 * (see the methods at the top of this file), after the supplier's MOQ and pack size.
 * Used by alerts (P2) and requisitions (P3). Pass a policy from normalizeReorderPolicy or a
 * stored reorder_policy row.
 */
export function suggestOrderQuantity(input: SuggestOrderQuantityInput): OrderSuggestion {
  const { policy } = input
  const position = input.available + input.incoming
  const level = reorderLevel(policy)
  let reorder: boolean
  let target: number
  if (policy.method === "order_up_to") {
    target = policy.max_quantity ?? level + 1
    reorder = position < target
  } else {
    // Never aim at the reorder level itself: the position must end up above it.
    target = Math.max(policy.max_quantity ?? 0, level + 1)
    reorder = position <= level
  }
  const quantity = reorder
    ? applyLotSizing(target - position, input.min_order_quantity ?? 1, input.pack_size ?? 1)
    : 0
  return { reorder, position, level, target, quantity }
}
