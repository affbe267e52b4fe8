/** What selectSlaPolicy needs to know of a policy. */
export interface SlaPolicyCandidate {
  readonly id: string
  /** Ticket priority the policy is for; null matches every priority. */
  readonly priority: string | null
  /** Customer tier code (regular, silver, gold, vip, ...); null matches every customer. */
  readonly customer_tier: string | null
  /** Lower ranks win among equally specific policies. */
  readonly rank: number
  readonly is_active: boolean
}

/** The ticket facts a policy is chosen by. */
export interface SlaPolicySubject {
  readonly priority: string
  /** Null for tickets without a customer or customers without a tier. */
  readonly customer_tier?: string | null
}

/** How many conditions a policy sets: 2 (priority and tier), 1 or 0 (catch-all). */
export function policySpecificity(policy: SlaPolicyCandidate): number {
  return (policy.priority === null ? 0 : 1) + (policy.customer_tier === null ? 0 : 1)
}

/**
 * The policy for a ticket: among the active policies whose priority and customer tier match
 * (null conditions match anything), the most specific one wins (both conditions over one over
 * none; priority-only and tier-only count the same), then the lowest rank, then the lowest id
 * so the choice is stable. Undefined when nothing matches.
 */
export function selectSlaPolicy<P extends SlaPolicyCandidate>(
  policies: readonly P[],
  subject: SlaPolicySubject
): P | undefined {
  const tier = subject.customer_tier ?? null
  const matching = policies.filter(
    (policy) =>
      policy.is_active &&
      (policy.priority === null || policy.priority === subject.priority) &&
      (policy.customer_tier === null || policy.customer_tier === tier)
  )
  return [...matching].sort(
    (a, b) =>
      policySpecificity(b) - policySpecificity(a) ||
      a.rank - b.rank ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )[0]
}
