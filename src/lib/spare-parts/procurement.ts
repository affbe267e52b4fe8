/**
 * Procurement rules: requisition and purchase-order status machines, which approval rule
 * applies, supplier offers for conversion, and goods-receipt arithmetic. Pure, no Medusa.
 *
 * Decisions where the issue is silent:
 * - A submitted requisition that no active rule covers is approved at once (small purchases
 *   need nobody's signature); a purchase order without an applicable rule can be placed
 *   without approval.
 * - Deliveries above the ordered quantity are accepted up to OVER_DELIVERY_TOLERANCE_PERCENT
 *   (rounded down, so at least nothing extra on small lines); more is refused.
 * - Damaged units are recorded but never put into stock, and they do not count towards the
 *   ordered quantity: the supplier still owes them. Closing a purchase order that is not fully
 *   received records the shortfall per line.
 */

export type ProcurementDocumentKind = "requisition" | "purchase_order" | "goods_receipt"

const NUMBER_PREFIXES: Record<ProcurementDocumentKind, string> = {
  requisition: "PR-",
  purchase_order: "PO-",
  goods_receipt: "GR-",
}

export function formatDocumentNumber(
  kind: ProcurementDocumentKind,
  sequenceValue: number | string
): string {
  return `${NUMBER_PREFIXES[kind]}${String(sequenceValue).padStart(6, "0")}`
}

export class ProcurementRuleError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "ProcurementRuleError"
  }
}

export type RequisitionStatus =
  | "draft"
  | "pending_approval"
  | "approved"
  | "rejected"
  | "converted"
  | "canceled"
export type RequisitionAction = "submit" | "approve" | "reject" | "convert" | "cancel" | "update"

export type PurchaseOrderStatus =
  | "draft"
  | "ordered"
  | "partially_received"
  | "received"
  | "closed"
  | "canceled"
export type PurchaseOrderAction = "update" | "approve" | "order" | "receive" | "close" | "cancel"

type TransitionTable<Action extends string, Status extends string> = Record<
  Action,
  { from: readonly Status[]; to: Status | null }
>

/** What each requisition action needs and leads to (`submit` may end in approved: no rule; `update` keeps the status). */
export const REQUISITION_TRANSITIONS: TransitionTable<RequisitionAction, RequisitionStatus> = {
  submit: { from: ["draft"], to: "pending_approval" },
  approve: { from: ["pending_approval"], to: "approved" },
  reject: { from: ["pending_approval"], to: "rejected" },
  convert: { from: ["approved"], to: "converted" },
  cancel: { from: ["draft", "pending_approval", "approved"], to: "canceled" },
  update: { from: ["draft"], to: null },
}

/**
 * Purchase-order actions. `update` and `approve` keep the status (null); `receive` leads to
 * partially_received or received depending on the quantities (see planReceipt).
 */
export const PURCHASE_ORDER_TRANSITIONS: TransitionTable<PurchaseOrderAction, PurchaseOrderStatus> = {
  update: { from: ["draft"], to: null },
  approve: { from: ["draft"], to: null },
  order: { from: ["draft"], to: "ordered" },
  receive: { from: ["ordered", "partially_received"], to: null },
  close: { from: ["ordered", "partially_received", "received"], to: "closed" },
  cancel: { from: ["draft", "ordered"], to: "canceled" },
}

const ACTION_VERBS: Record<string, string> = {
  submit: "submitted",
  approve: "approved",
  reject: "rejected",
  convert: "converted to a purchase order",
  cancel: "canceled",
  update: "edited",
  order: "placed with the supplier",
  receive: "received against",
  close: "closed",
}

function assertAction<Action extends string, Status extends string>(
  table: TransitionTable<Action, Status>,
  document: string,
  status: Status,
  action: Action
): Status[] {
  const rule = table[action]
  if (!rule.from.includes(status)) {
    const allowed = (Object.keys(table) as Action[]).filter((candidate) =>
      table[candidate].from.includes(status)
    )
    const next = allowed.length
      ? `Possible now: ${allowed.join(", ")}.`
      : "Nothing more can be done with it."
    throw new ProcurementRuleError(
      `${document} is ${status.replace(/_/g, " ")} and cannot be ${ACTION_VERBS[action] ?? action}. ${next}`
    )
  }
  return [...rule.from]
}

/** Throws a ProcurementRuleError naming the status unless the action is allowed; returns the allowed from-statuses. */
export function assertRequisitionAction(
  number: string,
  status: RequisitionStatus,
  action: RequisitionAction
): RequisitionStatus[] {
  return assertAction(REQUISITION_TRANSITIONS, `Requisition ${number}`, status, action)
}

export function assertPurchaseOrderAction(
  number: string,
  status: PurchaseOrderStatus,
  action: PurchaseOrderAction
): PurchaseOrderStatus[] {
  return assertAction(PURCHASE_ORDER_TRANSITIONS, `Purchase order ${number}`, status, action)
}

/** Purchase-order statuses in which parts are still expected from the supplier. */
export const OPEN_PURCHASE_ORDER_STATUSES: readonly PurchaseOrderStatus[] = [
  "ordered",
  "partially_received",
]

export type ApprovalRuleLike = {
  id: string
  name: string
  document_type: "requisition" | "purchase_order"
  min_amount: number
  max_amount: number | null
  category: string | null
  approver_role: string
  is_active: boolean
  rank: number
}

/**
 * The approval rule for a document of `amount` whose lines carry `categories`, or null when
 * none applies. A rule applies when it is active, of the document type, min_amount <= amount
 * and (max_amount null or amount < max_amount), and its category is null or among the
 * categories. Of several, the lowest rank wins; at equal rank a category rule beats a general
 * one, then the higher min_amount (the narrower band), then the id.
 */
export function pickApprovalRule<Rule extends ApprovalRuleLike>(
  rules: readonly Rule[],
  document: {
    document_type: "requisition" | "purchase_order"
    amount: number
    categories: readonly (string | null | undefined)[]
  }
): Rule | null {
  const categories = new Set(document.categories.filter((category): category is string => !!category))
  const applicable = rules.filter(
    (rule) =>
      rule.is_active &&
      rule.document_type === document.document_type &&
      Number(rule.min_amount) <= document.amount &&
      (rule.max_amount === null || rule.max_amount === undefined || document.amount < Number(rule.max_amount)) &&
      (!rule.category || categories.has(rule.category))
  )
  applicable.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(!!b.category) - Number(!!a.category) ||
      Number(b.min_amount) - Number(a.min_amount) ||
      a.id.localeCompare(b.id)
  )
  return applicable[0] ?? null
}

/** Problems of an approval rule's numbers, as sentences; empty when valid. */
export function validateApprovalRule(rule: {
  min_amount?: number | null
  max_amount?: number | null
  approver_role?: string | null
}): string[] {
  const problems: string[] = []
  const min = Number(rule.min_amount ?? 0)
  if (!Number.isFinite(min) || min < 0) {
    problems.push("min_amount must be zero or more.")
  }
  if (rule.max_amount !== null && rule.max_amount !== undefined && Number(rule.max_amount) <= min) {
    problems.push(`max_amount (${rule.max_amount}) must be greater than min_amount (${min}).`)
  }
  if (!rule.approver_role?.trim()) {
    problems.push("approver_role must name an after-sales role.")
  }
  return problems
}

/** Rounds money to cents, the way totals are stored. */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100
}

/** Sum of quantity x unit price over the lines, in cents precision. */
export function linesTotal(lines: readonly { quantity: number; unit_price: number }[]): number {
  return roundMoney(lines.reduce((sum, line) => sum + line.quantity * Number(line.unit_price), 0))
}

export type SupplierOffer = {
  supplier_id: string
  supplier_is_active: boolean
  unit_price: number
  currency_code: string
  supplier_part_number: string | null
  lead_time_days: number | null
  min_order_quantity: number
  pack_size: number
  is_preferred: boolean
}

/**
 * The offer to buy a part from when converting a requisition: the requisition's suggested
 * supplier when it offers the part, else the preferred offer, else the cheapest; inactive
 * suppliers never. Null when nobody offers it.
 */
export function chooseSupplierOffer<Offer extends SupplierOffer>(
  offers: readonly Offer[],
  suggestedSupplierId: string | null | undefined
): Offer | null {
  const active = offers.filter((offer) => offer.supplier_is_active)
  const suggested = suggestedSupplierId
    ? active.find((offer) => offer.supplier_id === suggestedSupplierId)
    : undefined
  if (suggested) {
    return suggested
  }
  const sorted = [...active].sort(
    (a, b) =>
      Number(b.is_preferred) - Number(a.is_preferred) ||
      Number(a.unit_price) - Number(b.unit_price) ||
      a.supplier_id.localeCompare(b.supplier_id)
  )
  return sorted[0] ?? null
}

/** Default and upper bound of the over-delivery tolerance. */
export const OVER_DELIVERY_TOLERANCE_PERCENT = 10

/** The most units of a line that may be accepted into stock in total. */
export function maxAcceptedQuantity(
  ordered: number,
  tolerancePercent = OVER_DELIVERY_TOLERANCE_PERCENT
): number {
  return ordered + Math.floor((ordered * tolerancePercent) / 100)
}

export type OrderLineState = {
  id: string
  part_number: string
  quantity: number
  received_quantity: number
  damaged_quantity: number
}

export function acceptedQuantity(line: Pick<OrderLineState, "received_quantity" | "damaged_quantity">): number {
  return line.received_quantity - line.damaged_quantity
}

/** Units still owed by the supplier on a line (never negative). */
export function outstandingQuantity(line: Omit<OrderLineState, "id" | "part_number">): number {
  return Math.max(line.quantity - acceptedQuantity(line), 0)
}

export type ReceiptLineInput = {
  purchase_order_line_id: string
  quantity_received: number
  quantity_damaged?: number
}

export type PlannedReceiptLine = {
  purchase_order_line_id: string
  quantity_received: number
  quantity_damaged: number
  quantity_accepted: number
  max_accepted: number
}

export type ReceiptPlan = {
  lines: PlannedReceiptLine[]
  /** Every line has accepted at least its ordered quantity after this receipt. */
  fully_received: boolean
  status: "partially_received" | "received"
}

/**
 * Checks a goods receipt against the order's lines and returns what to record; throws a
 * ProcurementRuleError listing every problem (unknown or repeated line, negative or
 * fractional quantities, damaged above received, an empty receipt, accepted beyond the
 * over-delivery tolerance).
 */
export function planReceipt(
  orderLines: readonly OrderLineState[],
  input: readonly ReceiptLineInput[],
  tolerancePercent = OVER_DELIVERY_TOLERANCE_PERCENT
): ReceiptPlan {
  const problems: string[] = []
  const byId = new Map(orderLines.map((line) => [line.id, line]))
  const seen = new Set<string>()
  const planned: PlannedReceiptLine[] = []
  for (const entry of input) {
    const line = byId.get(entry.purchase_order_line_id)
    if (!line) {
      problems.push(`Line ${entry.purchase_order_line_id} is not a line of this purchase order.`)
      continue
    }
    if (seen.has(line.id)) {
      problems.push(`Line ${line.part_number} is listed twice.`)
      continue
    }
    seen.add(line.id)
    const received = entry.quantity_received
    const damaged = entry.quantity_damaged ?? 0
    if (!Number.isInteger(received) || received < 0 || !Number.isInteger(damaged) || damaged < 0) {
      problems.push(`Line ${line.part_number}: quantities must be whole numbers of zero or more.`)
      continue
    }
    if (damaged > received) {
      problems.push(
        `Line ${line.part_number}: ${damaged} damaged is more than the ${received} received.`
      )
      continue
    }
    const accepted = received - damaged
    const maxAccepted = maxAcceptedQuantity(line.quantity, tolerancePercent)
    const acceptedBefore = acceptedQuantity(line)
    if (acceptedBefore + accepted > maxAccepted) {
      problems.push(
        `Line ${line.part_number}: accepting ${accepted} would bring it to ${acceptedBefore + accepted} of ${line.quantity} ordered; at most ${maxAccepted} (${tolerancePercent}% over-delivery) can be accepted, so at most ${Math.max(maxAccepted - acceptedBefore, 0)} more.`
      )
      continue
    }
    if (received > 0) {
      planned.push({
        purchase_order_line_id: line.id,
        quantity_received: received,
        quantity_damaged: damaged,
        quantity_accepted: accepted,
        max_accepted: maxAccepted,
      })
    }
  }
  if (!problems.length && !planned.length) {
    problems.push("The receipt is empty: give a received quantity above zero for at least one line.")
  }
  if (problems.length) {
    throw new ProcurementRuleError(problems.join(" "))
  }
  const plannedById = new Map(planned.map((line) => [line.purchase_order_line_id, line]))
  const fullyReceived = orderLines.every(
    (line) =>
      acceptedQuantity(line) + (plannedById.get(line.id)?.quantity_accepted ?? 0) >= line.quantity
  )
  return {
    lines: planned,
    fully_received: fullyReceived,
    status: fullyReceived ? "received" : "partially_received",
  }
}

/** What is missing per line when an order is closed before it is fully received. */
export function closingShortfall(
  orderLines: readonly OrderLineState[]
): { purchase_order_line_id: string; part_number: string; shortfall: number }[] {
  return orderLines
    .map((line) => ({
      purchase_order_line_id: line.id,
      part_number: line.part_number,
      shortfall: outstandingQuantity(line),
    }))
    .filter((line) => line.shortfall > 0)
}
