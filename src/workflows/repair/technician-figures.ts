import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AnalyticsPeriod, computeRepairAnalytics, RepairAnalytics } from "../../lib/repair/analytics"
import {
  computeTechnicianPerformance,
  OPEN_STAGE_CATEGORIES,
  REPEAT_WINDOW_DAYS,
  RepairFigureInput,
  TechnicianPerformance,
  unitKey,
} from "../../lib/repair/performance"

/** Repair order fields the performance and analytics figures read. */
export const REPAIR_FIGURE_FIELDS = [
  "id",
  "technician_id",
  "stage_category",
  "product_id",
  "product_title",
  "serial_number",
  "line_item_id",
  "fault_codes",
  "warranty_status",
  "outcome",
  "currency_code",
  "created_at",
  "received_at",
  "completed_at",
  "planned_end_at",
  "canceled_at",
  "customer_rating",
  "part_lines.status",
  "part_lines.quantity_issued",
  "part_lines.quantity_returned",
  "part_lines.unit_cost",
  "part_lines.unit_price",
  "part_lines.covered",
  "labour_lines.hours",
  "labour_lines.hourly_cost",
  "labour_lines.hourly_price",
  "labour_lines.covered",
]

async function listRepairs(container: MedusaContainer, filters: Record<string, unknown>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "repair_order",
    fields: REPAIR_FIGURE_FIELDS,
    filters: filters as any,
  })
  return data as unknown as RepairFigureInput[]
}

/** The given repairs plus every other repair on the same units (candidate repeats). */
async function withRepeatCandidates(
  container: MedusaContainer,
  repairs: RepairFigureInput[]
): Promise<RepairFigureInput[]> {
  const completed = repairs.filter((repair) => repair.completed_at)
  const serials = [...new Set(completed.map((r) => r.serial_number).filter(Boolean) as string[])]
  const items = [
    ...new Set(
      completed.filter((r) => !r.serial_number && r.line_item_id).map((r) => r.line_item_id as string)
    ),
  ]
  const byId = new Map(repairs.map((repair) => [repair.id, repair]))
  if (serials.length) {
    // Serials match case-insensitively (as in unitKey); LIKE wildcards in them are escaped.
    const patterns = serials.map((serial) => serial.trim().replace(/[\\%_]/g, (char) => `\\${char}`))
    for (let start = 0; start < patterns.length; start += 200) {
      const chunk = patterns.slice(start, start + 200)
      for (const repair of await listRepairs(container, {
        $or: chunk.map((pattern) => ({ serial_number: { $ilike: pattern } })),
      })) {
        byId.set(repair.id, repair)
      }
    }
  }
  if (items.length) {
    for (const repair of await listRepairs(container, { line_item_id: items })) {
      byId.set(repair.id, repair)
    }
  }
  // Serial numbers are compared case-insensitively: keep only candidates that share a unit key.
  const keys = new Set(completed.map(unitKey).filter(Boolean))
  const given = new Set(repairs.map((repair) => repair.id))
  return [...byId.values()].filter((repair) => given.has(repair.id) || keys.has(unitKey(repair)))
}

/** Live figures per technician id, optionally limited to jobs completed in from..to. */
export async function loadTechnicianPerformance(
  container: MedusaContainer,
  technicianIds: string[],
  window: { from?: Date | null; to?: Date | null } = {}
): Promise<Map<string, TechnicianPerformance>> {
  const result = new Map<string, TechnicianPerformance>()
  if (!technicianIds.length) {
    return result
  }
  const own = await listRepairs(container, { technician_id: technicianIds })
  const repairs = await withRepeatCandidates(container, own)
  for (const id of technicianIds) {
    result.set(
      id,
      computeTechnicianPerformance({ technician_id: id, repairs, from: window.from, to: window.to })
    )
  }
  return result
}

/** Open repairs (stage category new, open or waiting) per technician id. */
export async function loadOpenJobs(
  container: MedusaContainer,
  technicianIds?: string[]
): Promise<Record<string, number>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { stage_category: [...OPEN_STAGE_CATEGORIES] }
  if (technicianIds) {
    if (!technicianIds.length) {
      return {}
    }
    filters.technician_id = technicianIds
  } else {
    filters.technician_id = { $ne: null }
  }
  const { data } = await query.graph({
    entity: "repair_order",
    fields: ["id", "technician_id"],
    filters: filters as any,
  })
  const counts: Record<string, number> = {}
  for (const repair of data as any[]) {
    if (repair.technician_id) {
      counts[repair.technician_id] = (counts[repair.technician_id] ?? 0) + 1
    }
  }
  return counts
}

/**
 * Analytics for repairs created or completed in from..to. Repairs created up to 30 days after
 * `to` are loaded too, so a repeat shortly after the window still counts against a repair in it.
 */
export async function loadRepairAnalytics(
  container: MedusaContainer,
  input: { from: Date; to: Date; period: AnalyticsPeriod }
): Promise<RepairAnalytics> {
  const repeatHorizon = new Date(input.to.getTime() + REPEAT_WINDOW_DAYS * 24 * 60 * 60 * 1000)
  const created = await listRepairs(container, {
    created_at: { $gte: input.from, $lte: repeatHorizon },
  })
  const completedEarlier = await listRepairs(container, {
    created_at: { $lt: input.from },
    completed_at: { $gte: input.from, $lte: input.to },
  })
  const repairs = await withRepeatCandidates(container, [...created, ...completedEarlier])
  return computeRepairAnalytics({ repairs, from: input.from, to: input.to, period: input.period })
}
