/**
 * Which warranty registrations a host order calls for, when their clocks start, and which units
 * a cancel or a return voids. Pure: the caller loads the order, its fulfilments, the products'
 * collection/type/tags and the policies.
 */
import { addMonths, extensionWindows, toDate } from "./dates"
import {
  matchExtendedPolicyForSaleVariant,
  matchStandardPolicy,
  type MatchablePolicy,
} from "./policy-matching"

export type PlanPolicy = MatchablePolicy & {
  name?: string | null
  duration_months: number
  coverage: string
  start_basis: string
}

export type PlanOrderItem = {
  id: string
  quantity: number
  product_id?: string | null
  variant_id?: string | null
  product_title?: string | null
  variant_title?: string | null
  sku?: string | null
  collection_id?: string | null
  type_id?: string | null
  tag_ids?: string[] | null
  metadata?: Record<string, unknown> | null
}

export type PlanFulfillment = {
  id: string
  created_at: Date | string
  delivered_at?: Date | string | null
  canceled_at?: Date | string | null
  items: { line_item_id: string | null; quantity: number }[]
}

export type PlanOrder = {
  id: string
  display_id?: number | null
  customer_id?: string | null
  customer_email?: string | null
  customer_name?: string | null
  created_at: Date | string
  items: PlanOrderItem[]
  fulfillments?: PlanFulfillment[]
}

export type PlannedRegistration = {
  kind: "standard" | "extended"
  policy_id: string
  line_item_id: string
  unit_index: number
  /** Extended: the standard unit it extends. */
  extends?: { line_item_id: string; unit_index: number }
  status: "pending" | "active"
  coverage: string
  duration_months: number
  purchased_at: Date
  starts_at: Date | null
  ends_at: Date | null
  order_id: string
  order_display_id: number | null
  customer_id: string | null
  customer_email: string | null
  customer_name: string | null
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  sku: string | null
  metadata: Record<string, unknown>
}

/**
 * The start date of unit `unit_index` (1-based) of a line under a start basis: the order date,
 * or the creation / delivery date of the fulfilment that shipped that unit (fulfilments in
 * creation order, canceled ones skipped). Null while that event has not happened.
 */
export function unitStartDate(
  basis: string,
  order: Pick<PlanOrder, "created_at" | "fulfillments">,
  line_item_id: string,
  unit_index: number
): Date | null {
  if (basis === "order_date") {
    return toDate(order.created_at)
  }
  const fulfillments = [...(order.fulfillments ?? [])]
    .filter((fulfillment) => !fulfillment.canceled_at)
    .sort((a, b) => toDate(a.created_at)!.getTime() - toDate(b.created_at)!.getTime())
  let shipped = 0
  for (const fulfillment of fulfillments) {
    const quantity = fulfillment.items
      .filter((item) => item.line_item_id === line_item_id)
      .reduce((sum, item) => sum + Number(item.quantity ?? 0), 0)
    if (!quantity) {
      continue
    }
    shipped += quantity
    if (unit_index <= shipped) {
      return basis === "delivery_date" ? toDate(fulfillment.delivered_at) : toDate(fulfillment.created_at)
    }
  }
  return null
}

function unitCount(quantity: number): number {
  const count = Math.floor(Number(quantity))
  return Number.isFinite(count) && count > 0 ? count : 0
}

/**
 * Every registration the order calls for (existing ones included; the caller skips those by
 * line item + unit + kind). A line whose variant is sold as an extended policy gives
 * `extended` units extending the line named in its metadata `extends_line_item_id`, else the
 * first line with a standard warranty; extension unit k extends unit k of that line (more
 * extensions than units chain on the units again, each starting where the previous ends).
 */
export function planOrderRegistrations(input: {
  order: PlanOrder
  policies: PlanPolicy[]
  now: Date
}): PlannedRegistration[] {
  const { order, policies, now } = input
  const purchased_at = toDate(order.created_at) ?? now
  const standard: PlannedRegistration[] = []
  const saleLines: { item: PlanOrderItem; policy: PlanPolicy }[] = []
  const common = {
    order_id: order.id,
    order_display_id: order.display_id ?? null,
    customer_id: order.customer_id ?? null,
    customer_email: order.customer_email ?? null,
    customer_name: order.customer_name ?? null,
    purchased_at,
  }

  for (const item of order.items) {
    const extended = matchExtendedPolicyForSaleVariant(policies, item.variant_id)
    if (extended) {
      saleLines.push({ item, policy: extended })
      continue
    }
    const match = matchStandardPolicy(policies, item)
    if (!match) {
      continue
    }
    const policy = match.policy
    for (let unit = 1; unit <= unitCount(item.quantity); unit++) {
      const start = unitStartDate(policy.start_basis, order, item.id, unit)
      standard.push({
        ...common,
        kind: "standard",
        policy_id: policy.id,
        line_item_id: item.id,
        unit_index: unit,
        status: start ? "active" : "pending",
        coverage: policy.coverage,
        duration_months: policy.duration_months,
        starts_at: start,
        ends_at: start ? addMonths(start, policy.duration_months) : null,
        product_id: item.product_id ?? null,
        variant_id: item.variant_id ?? null,
        product_title: item.product_title ?? null,
        variant_title: item.variant_title ?? null,
        sku: item.sku ?? null,
        metadata: { start_basis: policy.start_basis, matched_by: match.level },
      })
    }
  }

  const extended: PlannedRegistration[] = []
  const chainsByUnit = new Map<string, PlannedRegistration[]>()
  for (const { item, policy } of saleLines) {
    const wanted = item.metadata?.extends_line_item_id
    const targetId =
      typeof wanted === "string" && standard.some((row) => row.line_item_id === wanted)
        ? wanted
        : standard[0]?.line_item_id
    if (!targetId) {
      continue
    }
    const targetUnits = standard.filter((row) => row.line_item_id === targetId)
    for (let unit = 1; unit <= unitCount(item.quantity); unit++) {
      const target = targetUnits[(unit - 1) % targetUnits.length]
      const key = `${target.line_item_id}:${target.unit_index}`
      const chain = chainsByUnit.get(key) ?? []
      const row: PlannedRegistration = {
        ...common,
        kind: "extended",
        policy_id: policy.id,
        line_item_id: item.id,
        unit_index: unit,
        extends: { line_item_id: target.line_item_id, unit_index: target.unit_index },
        status: "pending",
        coverage: policy.coverage,
        duration_months: policy.duration_months,
        starts_at: null,
        ends_at: null,
        product_id: target.product_id,
        variant_id: target.variant_id,
        product_title: target.product_title,
        variant_title: target.variant_title,
        sku: target.sku,
        metadata: { sale_variant_id: item.variant_id ?? null, sale_line_item_id: item.id },
      }
      chain.push(row)
      chainsByUnit.set(key, chain)
      extended.push(row)
    }
  }
  for (const [key, chain] of chainsByUnit) {
    const target = standard.find((row) => `${row.line_item_id}:${row.unit_index}` === key)!
    if (!target.ends_at) {
      continue
    }
    const windows = extensionWindows(
      target.ends_at,
      chain.map((row) => row.duration_months)
    )
    chain.forEach((row, index) => {
      row.status = "active"
      row.starts_at = windows[index].starts_at
      row.ends_at = windows[index].ends_at
    })
  }
  return [...standard, ...extended]
}

export type ActivatableRegistration = {
  id: string
  kind: string
  status: string
  line_item_id: string | null
  unit_index: number
  duration_months: number
  start_basis: string
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  extends_registration_id?: string | null
  created_at?: Date | string | null
}

export type RegistrationActivation = { id: string; starts_at: Date; ends_at: Date; kind: string }

/**
 * Pending registrations of an order whose start event has now happened: standard units get
 * their window from the fulfilment (or delivery) that shipped them, their extensions start
 * where the standard window ends (chained in creation order).
 */
export function planActivations(input: {
  order: Pick<PlanOrder, "created_at" | "fulfillments">
  registrations: ActivatableRegistration[]
}): RegistrationActivation[] {
  const activations: RegistrationActivation[] = []
  const endOf = new Map<string, Date>()
  for (const registration of input.registrations) {
    if (registration.kind !== "standard") {
      continue
    }
    if (registration.status === "pending" && registration.line_item_id) {
      const start = unitStartDate(
        registration.start_basis,
        input.order,
        registration.line_item_id,
        registration.unit_index
      )
      if (start) {
        const ends_at = addMonths(start, registration.duration_months)
        activations.push({ id: registration.id, kind: "standard", starts_at: start, ends_at })
        endOf.set(registration.id, ends_at)
      }
    } else if (registration.status !== "voided") {
      const ends = toDate(registration.ends_at)
      if (ends) {
        endOf.set(registration.id, ends)
      }
    }
  }
  const extensions = input.registrations
    .filter((registration) => registration.kind === "extended" && registration.status !== "voided")
    .sort(
      (a, b) =>
        (toDate(a.created_at)?.getTime() ?? 0) - (toDate(b.created_at)?.getTime() ?? 0) ||
        a.unit_index - b.unit_index
    )
  for (const extension of extensions) {
    const baseId = extension.extends_registration_id
    const start = baseId ? endOf.get(baseId) : undefined
    if (!start || !baseId) {
      continue
    }
    if (extension.status === "pending") {
      const ends_at = addMonths(start, extension.duration_months)
      activations.push({ id: extension.id, kind: "extended", starts_at: start, ends_at })
      endOf.set(baseId, ends_at)
    } else {
      const ends = toDate(extension.ends_at)
      if (ends) {
        endOf.set(baseId, ends)
      }
    }
  }
  return activations
}

/**
 * Units to void for returns: per line, the returned quantity (all received returns of the
 * order) minus the units already voided as returned, newest unit first.
 */
export function planReturnVoids(input: {
  returned: Map<string, number>
  registrations: { id: string; line_item_id: string | null; unit_index: number; status: string; void_reason?: string | null }[]
}): string[] {
  const ids: string[] = []
  for (const [line_item_id, quantity] of input.returned) {
    const rows = input.registrations.filter((row) => row.line_item_id === line_item_id)
    const alreadyReturned = new Set(
      rows.filter((row) => row.status === "voided" && row.void_reason === "returned").map((row) => row.unit_index)
    ).size
    let toVoid = Math.max(0, Math.floor(quantity) - alreadyReturned)
    const live = [...new Set(rows.filter((row) => row.status !== "voided").map((row) => row.unit_index))].sort(
      (a, b) => b - a
    )
    for (const unit of live) {
      if (toVoid <= 0) {
        break
      }
      ids.push(...rows.filter((row) => row.unit_index === unit && row.status !== "voided").map((row) => row.id))
      toVoid--
    }
  }
  return ids
}
