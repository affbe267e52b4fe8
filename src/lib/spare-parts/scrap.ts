/** Scrap requests: numbering, the allowed status changes and the written-off value. */

export const SCRAP_NUMBER_PREFIX = "SR-"

export function formatScrapNumber(sequenceValue: number | string): string {
  const value = String(sequenceValue)
  if (!/^[1-9][0-9]*$/.test(value)) {
    throw new Error(`Scrap request sequence value "${value}" is not a positive integer.`)
  }
  return `${SCRAP_NUMBER_PREFIX}${value.padStart(6, "0")}`
}

export type ScrapStatusName = "requested" | "approved" | "rejected" | "disposed" | "canceled"
export type ScrapAction = "approve" | "reject" | "dispose" | "cancel"

/** Which status each action needs and the status it leads to. */
export const SCRAP_TRANSITIONS: Record<ScrapAction, { from: ScrapStatusName[]; to: ScrapStatusName }> = {
  approve: { from: ["requested"], to: "approved" },
  reject: { from: ["requested"], to: "rejected" },
  dispose: { from: ["approved"], to: "disposed" },
  cancel: { from: ["requested", "approved"], to: "canceled" },
}

/**
 * The status after `action`, or a sentence saying why the action is not possible now
 * (e.g. "Only an approved scrap request can be disposed; SR-000004 is requested.").
 */
export function nextScrapStatus(
  current: ScrapStatusName,
  action: ScrapAction,
  number: string
): { status: ScrapStatusName } | { problem: string } {
  const transition = SCRAP_TRANSITIONS[action]
  if (transition.from.includes(current)) {
    return { status: transition.to }
  }
  const needed = transition.from.join(" or ")
  const verb = { approve: "approved", reject: "rejected", dispose: "disposed", cancel: "canceled" }[action]
  return {
    problem: `Only a ${needed} scrap request can be ${verb}; ${number} is ${current}.`,
  }
}

/** quantity x unit cost, rounded to cents; null when the part has no unit cost. */
export function writtenOffValue(quantity: number, unitCost: number | null | undefined): number | null {
  if (unitCost === null || unitCost === undefined || !Number.isFinite(Number(unitCost))) {
    return null
  }
  return Math.round(quantity * Number(unitCost) * 100) / 100
}

export type ReturnItemForScrap = {
  return_item_id: string
  variant_id: string | null
  damaged_quantity: number
}

/**
 * The scrap quantities a received return asks for: damaged units of spare-part variants,
 * one entry per part (several return items of the same part add up).
 */
export function damagedReturnQuantities(
  items: ReturnItemForScrap[],
  partIdByVariant: Map<string, string>
): { part_id: string; quantity: number; return_item_ids: string[] }[] {
  const byPart = new Map<string, { part_id: string; quantity: number; return_item_ids: string[] }>()
  for (const item of items) {
    const partId = item.variant_id ? partIdByVariant.get(item.variant_id) : undefined
    const quantity = Math.floor(Number(item.damaged_quantity) || 0)
    if (!partId || quantity <= 0) {
      continue
    }
    const entry = byPart.get(partId) ?? { part_id: partId, quantity: 0, return_item_ids: [] }
    entry.quantity += quantity
    entry.return_item_ids.push(item.return_item_id)
    byPart.set(partId, entry)
  }
  return [...byPart.values()]
}
