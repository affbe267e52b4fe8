/**
 * Warranty entitlement of one sold unit at a moment: is it covered, by what, until when.
 * Pure: the caller loads the unit's standard registration and its extended registrations.
 */
import { toDate } from "./dates"

export type WarrantyEntitlementStatus = "in_warranty" | "extended" | "out_of_warranty" | "unknown"
export type WarrantyEntitlementReason = "covered" | "pending" | "voided" | "expired" | "not_registered"

export type WarrantyEntitlement = {
  status: WarrantyEntitlementStatus
  covered: boolean
  covers_parts: boolean
  covers_labour: boolean
  coverage: "parts" | "labour" | "parts_and_labour" | null
  /** The unit's standard registration. */
  registration_id: string | null
  /** Registration (standard or extended) whose window holds `at`. */
  covering_registration_id: string | null
  policy_id: string | null
  policy_name: string | null
  starts_at: string | null
  /** End of the last window (extensions included). */
  ends_at: string | null
  reason: WarrantyEntitlementReason
  checked_at: string
}

export type EntitlementRegistration = {
  id: string
  kind: "standard" | "extended" | string
  status: "pending" | "active" | "expired" | "voided" | string
  coverage: "parts" | "labour" | "parts_and_labour" | string
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  voided_at?: Date | string | null
  policy_id?: string | null
  policy?: { id?: string | null; name?: string | null } | null
}

type Coverage = WarrantyEntitlement["coverage"]

function coverageOf(value: string | null | undefined): Coverage {
  return value === "parts" || value === "labour" || value === "parts_and_labour" ? value : null
}

function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null
}

function policyOf(registration: EntitlementRegistration): { id: string | null; name: string | null } {
  return {
    id: registration.policy?.id ?? registration.policy_id ?? null,
    name: registration.policy?.name ?? null,
  }
}

function isVoided(registration: EntitlementRegistration): boolean {
  return registration.status === "voided" || !!registration.voided_at
}

/** A registration's window, when it has started. */
function windowOf(registration: EntitlementRegistration): { starts_at: Date; ends_at: Date } | null {
  const starts_at = toDate(registration.starts_at)
  const ends_at = toDate(registration.ends_at)
  return starts_at && ends_at ? { starts_at, ends_at } : null
}

export function notRegisteredEntitlement(at: Date): WarrantyEntitlement {
  return {
    status: "unknown",
    covered: false,
    covers_parts: false,
    covers_labour: false,
    coverage: null,
    registration_id: null,
    covering_registration_id: null,
    policy_id: null,
    policy_name: null,
    starts_at: null,
    ends_at: null,
    reason: "not_registered",
    checked_at: at.toISOString(),
  }
}

/**
 * Rules:
 * - no standard registration: `unknown` / `not_registered`;
 * - standard voided (order canceled, unit returned, staff): `out_of_warranty` / `voided`;
 * - standard pending (sold, its start event - fulfilment or delivery - has not happened yet):
 *   covered under the standard terms, `in_warranty` / `pending`, no dates yet;
 * - `at` inside the standard window (or before its start): `in_warranty` / `covered`;
 * - `at` inside the window of a non-voided extension: `extended` / `covered` with the
 *   extension's coverage;
 * - after the last window: `out_of_warranty` / `expired`.
 * Windows are half open: a warranty ending at T no longer covers T.
 */
export function computeWarrantyEntitlement(input: {
  standard: EntitlementRegistration | null
  extensions?: EntitlementRegistration[]
  at: Date
}): WarrantyEntitlement {
  const { standard, at } = input
  if (!standard) {
    return notRegisteredEntitlement(at)
  }
  const policy = policyOf(standard)
  const base: WarrantyEntitlement = {
    ...notRegisteredEntitlement(at),
    registration_id: standard.id,
    policy_id: policy.id,
    policy_name: policy.name,
  }
  const withCoverage = (
    registration: EntitlementRegistration,
    status: WarrantyEntitlementStatus,
    reason: WarrantyEntitlementReason
  ): WarrantyEntitlement => {
    const coverage = coverageOf(registration.coverage)
    const covering = policyOf(registration)
    return {
      ...base,
      status,
      reason,
      covered: true,
      coverage,
      covers_parts: coverage === "parts" || coverage === "parts_and_labour",
      covers_labour: coverage === "labour" || coverage === "parts_and_labour",
      covering_registration_id: registration.id,
      policy_id: covering.id ?? base.policy_id,
      policy_name: covering.name ?? base.policy_name,
    }
  }

  if (isVoided(standard)) {
    const window = windowOf(standard)
    return {
      ...base,
      status: "out_of_warranty",
      reason: "voided",
      starts_at: iso(window?.starts_at ?? null),
      ends_at: iso(window?.ends_at ?? null),
    }
  }

  const standardWindow = windowOf(standard)
  if (!standardWindow) {
    return withCoverage(standard, "in_warranty", "pending")
  }

  const extensions = (input.extensions ?? [])
    .filter((registration) => !isVoided(registration))
    .map((registration) => ({ registration, window: windowOf(registration) }))
    .filter(
      (entry): entry is { registration: EntitlementRegistration; window: { starts_at: Date; ends_at: Date } } =>
        !!entry.window
    )
    .sort((a, b) => a.window.starts_at.getTime() - b.window.starts_at.getTime())

  const lastEnd = extensions.reduce(
    (end, entry) => (entry.window.ends_at > end ? entry.window.ends_at : end),
    standardWindow.ends_at
  )
  const dates = { starts_at: iso(standardWindow.starts_at), ends_at: iso(lastEnd) }
  const time = at.getTime()

  if (time < standardWindow.ends_at.getTime()) {
    return { ...withCoverage(standard, "in_warranty", "covered"), ...dates }
  }
  for (const entry of extensions) {
    if (time >= entry.window.starts_at.getTime() && time < entry.window.ends_at.getTime()) {
      return { ...withCoverage(entry.registration, "extended", "covered"), ...dates }
    }
  }
  return { ...base, status: "out_of_warranty", reason: "expired", ...dates }
}
