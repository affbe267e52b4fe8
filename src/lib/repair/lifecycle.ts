import type { StageCategory } from "../process/types"

/** Outcomes staff choose when a repair passes quality check (`replaced` comes from the replacement flow). */
export const QUALITY_CHECK_OUTCOMES = ["repaired", "no_fault_found", "beyond_economical_repair"] as const
export type QualityCheckOutcome = (typeof QUALITY_CHECK_OUTCOMES)[number]

/** Stage keys with a meaning beyond their category (the default pipeline's keys). */
export const REPAIR_STAGE_KEYS = {
  requested: "requested",
  approved: "approved",
  rejected: "rejected",
  awaitingUnit: "awaiting_unit",
  received: "received",
  inRepair: "in_repair",
  qualityCheck: "quality_check",
  completed: "completed",
  returned: "returned_to_customer",
  closed: "closed",
  canceled: "canceled",
} as const

export type RepairTimestamps = {
  approved_at?: Date
  received_at?: Date
  completed_at?: Date
  returned_at?: Date
  closed_at?: Date
  canceled_at?: Date
}

type CurrentTimestamps = { [K in keyof RepairTimestamps]?: Date | string | null }

/**
 * The life-cycle times a move to `target` sets: the first time a stage is reached counts
 * (going back and forth keeps the original time). Keys name the default stages; the
 * category covers renamed stages of edited pipelines (resolved = completed, closed,
 * canceled).
 */
export function repairLifecycleTimestamps(
  current: CurrentTimestamps,
  target: { key: string; category: StageCategory },
  now: Date
): RepairTimestamps {
  const result: RepairTimestamps = {}
  const set = (field: keyof RepairTimestamps) => {
    if (!current[field]) {
      result[field] = now
    }
  }
  if (target.key === REPAIR_STAGE_KEYS.approved) {
    set("approved_at")
  }
  if (target.key === REPAIR_STAGE_KEYS.received) {
    set("received_at")
  }
  if (target.key === REPAIR_STAGE_KEYS.returned) {
    set("returned_at")
  } else if (target.category === "resolved") {
    set("completed_at")
  }
  if (target.category === "closed") {
    set("closed_at")
  }
  if (target.category === "canceled") {
    set("canceled_at")
  }
  return result
}

/** Whether moving to `target` finishes the repair with a result, so it needs an outcome. */
export function requiresOutcome(target: { key: string; category: StageCategory }): boolean {
  return target.key === REPAIR_STAGE_KEYS.completed
}

/** Transitions that decide a request and need the `repair_orders:approve` permission. */
export function isApprovalDecision(from: string, to: string): boolean {
  return (
    from === REPAIR_STAGE_KEYS.requested &&
    (to === REPAIR_STAGE_KEYS.approved || to === REPAIR_STAGE_KEYS.rejected)
  )
}

/** Why a customer cannot rate the repair yet (or again), or null when they can. */
export function ratingProblem(repair: {
  number: string
  stage: string
  stage_category: string
  completed_at?: Date | string | null
  customer_rating?: number | null
}): string | null {
  if (repair.customer_rating) {
    return `Repair ${repair.number} has already been rated.`
  }
  const finished =
    !!repair.completed_at &&
    (repair.stage_category === "resolved" || repair.stage_category === "closed")
  if (!finished) {
    return `Repair ${repair.number} can be rated once it is completed or returned to you.`
  }
  return null
}

/** Why a customer cannot accept (or reject) the result yet, or null when they can. */
export function acceptanceProblem(repair: {
  number: string
  stage_category: string
  completed_at?: Date | string | null
  customer_accepted_at?: Date | string | null
}): string | null {
  if (repair.customer_accepted_at) {
    return `You already accepted the result of repair ${repair.number}.`
  }
  if (!repair.completed_at || !["resolved", "closed"].includes(repair.stage_category)) {
    return `Repair ${repair.number} has no result to accept yet.`
  }
  return null
}

/**
 * Separation of duties for the quality check: the checker may be neither the assigned
 * technician's user nor anyone who logged work on the repair. Returns the problem or null.
 */
export function qualityCheckerProblem(
  checkerId: string | null | undefined,
  technicianUserId: string | null | undefined,
  workLogAuthorIds: readonly (string | null | undefined)[]
): string | null {
  if (!checkerId) {
    return "A quality check must be recorded by a signed-in admin user."
  }
  if (technicianUserId && technicianUserId === checkerId) {
    return "Separation of duties: the assigned technician cannot quality-check their own repair. Ask a second person."
  }
  if (workLogAuthorIds.some((author) => author && author === checkerId)) {
    return "Separation of duties: you logged work on this repair, so you cannot quality-check it. Ask a second person."
  }
  return null
}

/** Photo types accepted on repair orders (store and admin). */
export const REPAIR_PHOTO_TYPES = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/heic",
  "video/mp4",
  "video/quicktime",
] as const
export const MAX_REPAIR_PHOTOS = 20

export function repairPhotoProblem(file: { name: string; mime_type: string; size: number }): string | null {
  if (!(REPAIR_PHOTO_TYPES as readonly string[]).includes(file.mime_type)) {
    return `"${file.name}" is of type ${file.mime_type || "unknown"}; repair photos may be ${REPAIR_PHOTO_TYPES.join(", ")}.`
  }
  if (file.size === 0) {
    return `"${file.name}" is empty.`
  }
  return null
}

/** Escapes a user's search text for an SQL ILIKE pattern. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}
