/**
 * Ranks technicians for a repair order. Pure: the caller loads technicians, their open repair
 * counts and the repair. Rule (documented in the README):
 * - only active technicians are ranked;
 * - skill: the best level (1-5) among the repair's product categories, 10 points per level
 *   (max 50); no matching skill scores 0;
 * - workload: up to 30 points for free capacity, `30 * (1 - open_jobs / capacity)`; a technician
 *   at or over capacity gets 0 and a reason saying so;
 * - location: 20 points when the technician works at the repair's stock location;
 * - an expired certification costs 5 points and is named in the reasons.
 * Ties are broken by fewer open jobs, then by name.
 */

export type SuggestionTechnicianInput = {
  id: string
  name: string
  location_id: string | null
  user_id: string | null
  capacity: number
  is_active: boolean
  skills: { product_category_id: string; category_name?: string | null; level: number }[]
  certifications: { name: string; expires_at: string | Date | null }[]
}

export type SuggestionRepairInput = {
  product_category_ids: string[]
  location_id: string | null
}

export type TechnicianSuggestion = {
  technician: { id: string; name: string; location_id: string | null; user_id: string | null }
  score: number
  reasons: string[]
  open_jobs: number
  capacity: number
  skill_level: number
}

export const SUGGESTION_WEIGHTS = {
  per_skill_level: 10,
  workload: 30,
  location: 20,
  expired_certification: 5,
} as const

function toTime(value: string | Date | null | undefined): number | null {
  if (!value) {
    return null
  }
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}

export function rankTechnicians(input: {
  repair: SuggestionRepairInput
  technicians: SuggestionTechnicianInput[]
  /** Open repairs (stage category new, open or waiting) per technician id. */
  open_jobs: Record<string, number>
  now?: Date
}): TechnicianSuggestion[] {
  const now = (input.now ?? new Date()).getTime()
  const categories = new Set(input.repair.product_category_ids ?? [])
  const suggestions: TechnicianSuggestion[] = []
  for (const technician of input.technicians) {
    if (!technician.is_active) {
      continue
    }
    const reasons: string[] = []
    let score = 0

    const matching = technician.skills.filter((skill) => categories.has(skill.product_category_id))
    const best = matching.reduce(
      (top, skill) => (skill.level > (top?.level ?? 0) ? skill : top),
      null as SuggestionTechnicianInput["skills"][number] | null
    )
    const skillLevel = best?.level ?? 0
    if (best) {
      score += skillLevel * SUGGESTION_WEIGHTS.per_skill_level
      reasons.push(`Skill level ${skillLevel} in ${best.category_name ?? best.product_category_id}`)
    } else if (categories.size) {
      reasons.push("No skill in the product's categories")
    } else {
      reasons.push("The repair has no product category")
    }

    const open = input.open_jobs[technician.id] ?? 0
    const capacity = Math.max(0, technician.capacity ?? 0)
    if (capacity > 0 && open < capacity) {
      score += SUGGESTION_WEIGHTS.workload * (1 - open / capacity)
      reasons.push(`${open} of ${capacity} open jobs`)
    } else {
      reasons.push(`At capacity (${open} of ${capacity} open jobs)`)
    }

    if (input.repair.location_id && technician.location_id === input.repair.location_id) {
      score += SUGGESTION_WEIGHTS.location
      reasons.push("Works at the repair's location")
    } else if (input.repair.location_id && technician.location_id) {
      reasons.push("Works at another location")
    }

    for (const certification of technician.certifications ?? []) {
      const expires = toTime(certification.expires_at)
      if (expires !== null && expires < now) {
        score -= SUGGESTION_WEIGHTS.expired_certification
        reasons.push(
          `Certification ${certification.name} expired on ${new Date(expires).toISOString().slice(0, 10)}`
        )
      }
    }

    suggestions.push({
      technician: {
        id: technician.id,
        name: technician.name,
        location_id: technician.location_id,
        user_id: technician.user_id,
      },
      score: Math.round(score * 10) / 10,
      reasons,
      open_jobs: open,
      capacity,
      skill_level: skillLevel,
    })
  }
  return suggestions.sort(
    (a, b) =>
      b.score - a.score ||
      a.open_jobs - b.open_jobs ||
      a.technician.name.localeCompare(b.technician.name)
  )
}
