/**
 * Which warranty policy applies to a sold product. The most specific match wins:
 * variant > product > collection / type / tag > the default standard policy.
 */

export type MatchablePolicy = {
  id: string
  kind: "standard" | "extended" | string
  is_active?: boolean | null
  is_default?: boolean | null
  product_ids?: string[] | null
  collection_ids?: string[] | null
  type_ids?: string[] | null
  tag_ids?: string[] | null
  variant_ids?: string[] | null
  sale_variant_ids?: string[] | null
  created_at?: Date | string | null
}

export type MatchableProduct = {
  product_id?: string | null
  variant_id?: string | null
  collection_id?: string | null
  type_id?: string | null
  tag_ids?: string[] | null
}

export type PolicyMatchLevel = "variant" | "product" | "category" | "default"

const LEVEL_SCORE: Record<PolicyMatchLevel, number> = {
  variant: 4,
  product: 3,
  category: 2,
  default: 1,
}

function includes(list: string[] | null | undefined, value: string | null | undefined): boolean {
  return !!value && Array.isArray(list) && list.includes(value)
}

/** How specifically `policy` names `product`, or null when it does not apply. */
export function policyMatchLevel(
  policy: MatchablePolicy,
  product: MatchableProduct
): PolicyMatchLevel | null {
  if (includes(policy.variant_ids, product.variant_id)) {
    return "variant"
  }
  if (includes(policy.product_ids, product.product_id)) {
    return "product"
  }
  if (
    includes(policy.collection_ids, product.collection_id) ||
    includes(policy.type_ids, product.type_id) ||
    (product.tag_ids ?? []).some((tag) => includes(policy.tag_ids, tag))
  ) {
    return "category"
  }
  if (policy.is_default) {
    return "default"
  }
  return null
}

function createdTime(policy: MatchablePolicy): number {
  const value = policy.created_at ? new Date(policy.created_at).getTime() : 0
  return Number.isNaN(value) ? 0 : value
}

/**
 * The active standard policy for a product, or null. Ties on the same level go to the oldest
 * policy (then the smallest id), so the result does not depend on the order of the list.
 */
export function matchStandardPolicy<P extends MatchablePolicy>(
  policies: P[],
  product: MatchableProduct
): { policy: P; level: PolicyMatchLevel } | null {
  let best: { policy: P; level: PolicyMatchLevel } | null = null
  for (const policy of policies) {
    if (policy.kind !== "standard" || policy.is_active === false) {
      continue
    }
    const level = policyMatchLevel(policy, product)
    if (!level) {
      continue
    }
    if (
      !best ||
      LEVEL_SCORE[level] > LEVEL_SCORE[best.level] ||
      (LEVEL_SCORE[level] === LEVEL_SCORE[best.level] &&
        (createdTime(policy) < createdTime(best.policy) ||
          (createdTime(policy) === createdTime(best.policy) && policy.id < best.policy.id)))
    ) {
      best = { policy, level }
    }
  }
  return best
}

/** The active extended policy sold as `variant_id`, or null. */
export function matchExtendedPolicyForSaleVariant<P extends MatchablePolicy>(
  policies: P[],
  variant_id: string | null | undefined
): P | null {
  if (!variant_id) {
    return null
  }
  const matches = policies
    .filter(
      (policy) =>
        policy.kind === "extended" &&
        policy.is_active !== false &&
        includes(policy.sale_variant_ids, variant_id)
    )
    .sort((a, b) => createdTime(a) - createdTime(b) || (a.id < b.id ? -1 : 1))
  return matches[0] ?? null
}
