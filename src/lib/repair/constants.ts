export const REPAIR_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export type RepairPriority = (typeof REPAIR_PRIORITIES)[number]

export const REPAIR_SOURCES = ["store", "admin", "ticket"] as const
export type RepairSource = (typeof REPAIR_SOURCES)[number]

/** How the unit reaches the workshop; `ship_in` goes through a host return. */
export const REPAIR_ARRIVAL_MODES = ["drop_off", "ship_in", "on_site"] as const
export type RepairArrivalMode = (typeof REPAIR_ARRIVAL_MODES)[number]

/** Entitlement at intake, kept as a snapshot on the repair order. */
export const REPAIR_WARRANTY_STATUSES = [
  "in_warranty",
  "extended",
  "out_of_warranty",
  "unknown",
] as const
export type RepairWarrantyStatus = (typeof REPAIR_WARRANTY_STATUSES)[number]

export const REPAIR_OUTCOMES = [
  "repaired",
  "replaced",
  "no_fault_found",
  "beyond_economical_repair",
] as const
export type RepairOutcome = (typeof REPAIR_OUTCOMES)[number]

export const REPAIR_QUOTE_STATUSES = ["none", "pending", "accepted", "declined"] as const
export type RepairQuoteStatus = (typeof REPAIR_QUOTE_STATUSES)[number]

/** planned -> reserved -> issued (quantity_returned may give some back) | canceled. */
export const REPAIR_PART_LINE_STATUSES = [
  "planned",
  "reserved",
  "issued",
  "returned",
  "canceled",
] as const
export type RepairPartLineStatus = (typeof REPAIR_PART_LINE_STATUSES)[number]

export const REPAIR_STAGE_CATEGORIES = [
  "new",
  "open",
  "waiting",
  "resolved",
  "closed",
  "canceled",
] as const
