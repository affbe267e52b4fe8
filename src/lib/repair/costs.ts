/**
 * Repair costs: parts and labour at cost (what the workshop spends) and at price (what it
 * charges), split into what the warranty covers and what the customer pays. Money is a plain
 * number in the currency's main unit (12.5 = 12.50 EUR), like the host's BigNumber values and
 * the spare-parts procurement totals, rounded to cents.
 */

/** Price of one labour hour when neither the line nor the repair module options give one. */
export const DEFAULT_LABOUR_HOURLY_PRICE = 60

export type RepairPartLineStatus = "planned" | "reserved" | "issued" | "returned" | "canceled"

export type CostPartLine = {
  status: RepairPartLineStatus | string
  quantity: number
  quantity_issued?: number | null
  quantity_returned?: number | null
  unit_cost: number | string | null | undefined
  unit_price: number | string | null | undefined
  covered: boolean
}

export type CostLabourLine = {
  hours: number
  hourly_cost: number | string | null | undefined
  hourly_price: number | string | null | undefined
  covered: boolean
}

export type RepairCosts = {
  currency_code: string
  parts_cost: number
  parts_price: number
  labour_cost: number
  labour_price: number
  total_cost: number
  total_price: number
  /** Price of the covered lines: what the warranty pays instead of the customer. */
  covered_amount: number
  /** Price of the lines that are not covered: what the customer pays. */
  customer_amount: number
}

export type WarrantyCoverageInput = {
  warranty_status?: string | null
  entitlement?: {
    status?: string | null
    covered?: boolean | null
    covers_parts?: boolean | null
    covers_labour?: boolean | null
  } | null
}

/** Rounds money to cents, the way totals are stored. */
export function roundMoney(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100
}

function amount(value: number | string | null | undefined): number {
  const number = Number(value ?? 0)
  return Number.isFinite(number) ? number : 0
}

/**
 * What the warranty covers for new lines of a repair, from the entitlement snapshot taken at
 * intake: nothing out of warranty or when unknown; under (extended) warranty the policy's
 * `covers_parts` / `covers_labour`.
 */
export function warrantyCoverage(input: WarrantyCoverageInput): { parts: boolean; labour: boolean } {
  const status = input.entitlement?.status ?? input.warranty_status ?? "unknown"
  if (status !== "in_warranty" && status !== "extended") {
    return { parts: false, labour: false }
  }
  const entitlement = input.entitlement
  if (!entitlement || entitlement.covered === false) {
    return { parts: false, labour: false }
  }
  return { parts: !!entitlement.covers_parts, labour: !!entitlement.covers_labour }
}

/**
 * Units of a part line that count for the costs: the planned quantity while planned or
 * reserved (an estimate for the quote), the units used (issued − returned) once issued,
 * nothing when canceled.
 */
export function chargeableQuantity(line: Pick<CostPartLine, "status" | "quantity" | "quantity_issued" | "quantity_returned">): number {
  switch (line.status) {
    case "planned":
    case "reserved":
      return line.quantity
    case "issued":
    case "returned":
      return Math.max(0, (line.quantity_issued ?? 0) - (line.quantity_returned ?? 0))
    default:
      return 0
  }
}

export function partLineAmounts(line: CostPartLine) {
  const quantity = chargeableQuantity(line)
  const cost = roundMoney(quantity * amount(line.unit_cost))
  const price = roundMoney(quantity * amount(line.unit_price))
  return { quantity, cost, price, customer: line.covered ? 0 : price }
}

export function labourLineAmounts(line: CostLabourLine) {
  const hours = amount(line.hours)
  const cost = roundMoney(hours * amount(line.hourly_cost))
  const price = roundMoney(hours * amount(line.hourly_price))
  return { hours, cost, price, customer: line.covered ? 0 : price }
}

export function computeRepairCosts(input: {
  currency_code?: string | null
  part_lines?: CostPartLine[] | null
  labour_lines?: CostLabourLine[] | null
}): RepairCosts {
  let partsCost = 0
  let partsPrice = 0
  let labourCost = 0
  let labourPrice = 0
  let customer = 0
  for (const line of input.part_lines ?? []) {
    const amounts = partLineAmounts(line)
    partsCost += amounts.cost
    partsPrice += amounts.price
    customer += amounts.customer
  }
  for (const line of input.labour_lines ?? []) {
    const amounts = labourLineAmounts(line)
    labourCost += amounts.cost
    labourPrice += amounts.price
    customer += amounts.customer
  }
  const totalPrice = roundMoney(partsPrice + labourPrice)
  const customerAmount = roundMoney(customer)
  return {
    currency_code: (input.currency_code ?? "eur").toLowerCase(),
    parts_cost: roundMoney(partsCost),
    parts_price: roundMoney(partsPrice),
    labour_cost: roundMoney(labourCost),
    labour_price: roundMoney(labourPrice),
    total_cost: roundMoney(partsCost + labourCost),
    total_price: totalPrice,
    covered_amount: roundMoney(totalPrice - customerAmount),
    customer_amount: customerAmount,
  }
}

/** The labour price per hour: the module option when it is a valid amount, else the default. */
export function resolveLabourHourlyPrice(option: unknown): number {
  const value = Number(option)
  return option !== undefined && option !== null && option !== "" && Number.isFinite(value) && value >= 0
    ? value
    : DEFAULT_LABOUR_HOURLY_PRICE
}

/** Part line actions and the statuses they start from. */
export const PART_LINE_ACTIONS = {
  reserve: ["planned"],
  issue: ["planned", "reserved"],
  return: ["issued"],
  cancel: ["planned", "reserved"],
} as const satisfies Record<string, readonly RepairPartLineStatus[]>
export type PartLineAction = keyof typeof PART_LINE_ACTIONS

const PAST_TENSE: Record<PartLineAction, string> = {
  reserve: "reserved",
  issue: "issued",
  return: "returned",
  cancel: "canceled",
}

/** Why an action is not possible on a line, or null when it is. */
export function partLineActionError(
  action: PartLineAction,
  line: { status: string; part_number?: string; quantity_issued?: number | null; quantity_returned?: number | null },
  quantity?: number
): string | null {
  const allowed = PART_LINE_ACTIONS[action] as readonly string[]
  const label = line.part_number ? `Part line ${line.part_number}` : "The part line"
  if (!allowed.includes(line.status)) {
    return `${label} is ${line.status}; it can only be ${PAST_TENSE[action]} when ${allowed.join(" or ")}.`
  }
  if (action === "return") {
    const open = (line.quantity_issued ?? 0) - (line.quantity_returned ?? 0)
    if (!Number.isInteger(quantity) || (quantity as number) < 1) {
      return "Return a whole number of units, at least 1."
    }
    if ((quantity as number) > open) {
      return `${label}: only ${open} issued unit(s) can still be returned, ${quantity} requested.`
    }
  }
  return null
}

/** Status after returning units: `returned` once every issued unit came back. */
export function statusAfterReturn(line: { quantity_issued: number; quantity_returned: number }, quantity: number) {
  return line.quantity_returned + quantity >= line.quantity_issued ? "returned" : "issued"
}

/**
 * Where an accepted quote sends the repair: `awaiting_parts` while a planned part line still
 * has no reservation (the parts are not set aside), else straight to `in_repair`.
 */
export function stageAfterQuoteAcceptance(partLines: { status: string }[]): "awaiting_parts" | "in_repair" {
  return partLines.some((line) => line.status === "planned") ? "awaiting_parts" : "in_repair"
}
