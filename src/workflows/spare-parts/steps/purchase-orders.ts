import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertPurchaseOrderAction,
  assertRequisitionAction,
  chooseSupplierOffer,
  closingShortfall,
  linesTotal,
  PurchaseOrderStatus,
  RequisitionStatus,
} from "../../../lib/spare-parts/procurement"
import { applyLotSizing } from "../../../lib/spare-parts/reorder-policy"
import type { AuditContext } from "../../audit/types"
import {
  assertMayDecide,
  checkRule,
  findApplicableApprovalRule,
  loadActiveSupplier,
  loadOffers,
  loadOrderableParts,
  replaceDocumentLines,
  sparePartsService,
  undoDocumentEdit,
  updateDocument,
} from "./procurement-helpers"

const DAY_MS = 24 * 60 * 60 * 1000

export type PurchaseOrderLineInput = {
  part_id: string
  location_id: string
  quantity: number
  unit_price?: number | null
  supplier_part_number?: string | null
}

export type CreatePurchaseOrderInput = {
  supplier_id: string
  currency_code?: string
  expected_at?: Date | string | null
  notes?: string | null
  metadata?: Record<string, unknown> | null
  lines: PurchaseOrderLineInput[]
}

export type UpdatePurchaseOrderInput = {
  id: string
  expected_at?: Date | string | null
  notes?: string | null
  lines?: PurchaseOrderLineInput[]
}

type NewOrderLine = {
  part_id: string
  part_number: string
  part_name: string
  category: string | null
  location_id: string
  supplier_part_number: string | null
  quantity: number
  unit_price: number
  requisition_line_id?: string | null
}

export type NewPurchaseOrder = {
  supplier_id: string
  requisition_id: string | null
  currency_code: string
  expected_at: Date | string | null
  notes: string | null
  metadata?: Record<string, unknown> | null
  lines: NewOrderLine[]
}

export async function loadPurchaseOrder(container: any, id: string) {
  const [order] = await sparePartsService(container).listPurchaseOrders(
    { id },
    { relations: ["lines"] }
  )
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase order with id: ${id} was not found`)
  }
  return order
}

/** Lines of a hand-made order: prices default to the supplier's offer for the part. */
async function buildOrderLines(container: any, supplierId: string, lines: PurchaseOrderLineInput[]) {
  const parts = await loadOrderableParts(container, lines)
  const offers = await loadOffers(container, lines.map((line) => line.part_id))
  const problems: string[] = []
  const built = lines.map((line) => {
    const part = parts.get(line.part_id)!
    const offer = (offers.get(line.part_id) ?? []).find((candidate) => candidate.supplier_id === supplierId)
    const unitPrice = line.unit_price ?? offer?.unit_price
    if (unitPrice === undefined || unitPrice === null) {
      problems.push(`Give a unit price for ${part.part_number}: the supplier has no offer for it.`)
    }
    return {
      part_id: part.id,
      part_number: part.part_number,
      part_name: part.name,
      category: part.category,
      location_id: line.location_id,
      supplier_part_number: line.supplier_part_number ?? offer?.supplier_part_number ?? null,
      quantity: line.quantity,
      unit_price: Number(unitPrice ?? 0),
    }
  })
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
  }
  return built
}

export const prepareManualPurchaseOrderStep = createStep(
  "prepare-manual-purchase-order",
  async (input: CreatePurchaseOrderInput, { container }) => {
    const supplier = await loadActiveSupplier(container, input.supplier_id)
    const lines = await buildOrderLines(container, supplier.id, input.lines)
    const order: NewPurchaseOrder = {
      supplier_id: supplier.id,
      requisition_id: null,
      currency_code: input.currency_code ?? supplier.currency_code,
      expected_at: input.expected_at ?? null,
      notes: input.notes ?? null,
      metadata: input.metadata ?? null,
      lines,
    }
    return new StepResponse([order])
  }
)

/**
 * Turns approved requisitions into one draft purchase order per supplier. Each line goes to
 * the requisition's suggested supplier when it offers the part, else to the preferred or
 * cheapest offer; quantities are rounded up to the offer's minimum order quantity and pack
 * size, prices are the offer's, the expected date is today plus the longest lead time.
 */
export const prepareRequisitionConversionStep = createStep(
  "prepare-requisition-conversion",
  async (input: { requisition_ids: string[] }, { container }) => {
    const spareParts = sparePartsService(container)
    const ids = [...new Set(input.requisition_ids)]
    const requisitions = await spareParts.listPurchaseRequisitions({ id: ids }, { relations: ["lines"], take: null })
    const missing = ids.filter((id) => !requisitions.some((requisition) => requisition.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase requisition with id: ${missing.join(", ")} was not found`)
    }
    for (const requisition of requisitions) {
      checkRule(() => assertRequisitionAction(requisition.number, requisition.status as RequisitionStatus, "convert"))
    }
    const allLines = requisitions.flatMap((requisition) =>
      requisition.lines.map((line) => ({ requisition, line }))
    )
    await loadOrderableParts(container, allLines.map(({ line }) => line))
    const offers = await loadOffers(container, allLines.map(({ line }) => line.part_id))
    const problems: string[] = []
    const groups = new Map<string, NewPurchaseOrder & { lead_time_days: number }>()
    for (const { requisition, line } of allLines) {
      const offer = chooseSupplierOffer(offers.get(line.part_id) ?? [], requisition.supplier_id)
      if (!offer) {
        problems.push(`No active supplier offers ${line.part_number}: add a supplier offer to the part first.`)
        continue
      }
      const group =
        groups.get(offer.supplier_id) ??
        ({
          supplier_id: offer.supplier_id,
          requisition_id: requisition.id,
          currency_code: offer.currency_code,
          expected_at: null,
          notes: null,
          lines: [],
          lead_time_days: 0,
        } as NewPurchaseOrder & { lead_time_days: number })
      if (group.currency_code !== offer.currency_code) {
        problems.push(
          `The offers of one supplier for ${line.part_number} and other parts are in different currencies (${group.currency_code}, ${offer.currency_code}); order them separately.`
        )
        continue
      }
      group.lead_time_days = Math.max(group.lead_time_days, offer.lead_time_days ?? offer.supplier_lead_time_days)
      group.lines.push({
        part_id: line.part_id,
        part_number: line.part_number,
        part_name: line.part_name,
        category: line.category,
        location_id: line.location_id,
        supplier_part_number: offer.supplier_part_number,
        quantity: applyLotSizing(line.quantity, offer.min_order_quantity, offer.pack_size),
        unit_price: offer.unit_price,
        requisition_line_id: line.id,
      })
      groups.set(offer.supplier_id, group)
    }
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
    }
    const now = Date.now()
    const orders: NewPurchaseOrder[] = [...groups.values()].map(({ lead_time_days, ...order }) => ({
      ...order,
      expected_at: new Date(now + lead_time_days * DAY_MS),
      notes: `From requisition ${requisitions.map((requisition) => requisition.number).join(", ")}`,
    }))
    return new StepResponse({
      orders,
      requisitions: requisitions.map((requisition) => ({
        id: requisition.id,
        number: requisition.number,
        status: requisition.status,
      })),
    })
  }
)

export const createPurchaseOrdersStep = createStep(
  "create-purchase-orders",
  async (input: { orders: NewPurchaseOrder[]; created_by: string | null }, { container }) => {
    const spareParts = sparePartsService(container)
    const numbers = await spareParts.nextDocumentNumbers("purchase_order", input.orders.length)
    const created: { id: string; number: string; status: string; supplier_id: string }[] = await spareParts.createPurchaseOrders(
      input.orders.map((order, index) => {
        const total = linesTotal(order.lines)
        return {
          ...order,
          number: numbers[index],
          status: "draft",
          created_by: input.created_by,
          subtotal: total,
          total,
        }
      }) as any[]
    )
    return new StepResponse(created, created.map((order) => order.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await sparePartsService(container).deletePurchaseOrders(ids)
  }
)

/** Edits a draft; changing the lines drops an approval already given (it was for other lines). */
export const updatePurchaseOrderStep = createStep(
  "update-purchase-order",
  async (input: UpdatePurchaseOrderInput, { container }) => {
    const before = await loadPurchaseOrder(container, input.id)
    checkRule(() => assertPurchaseOrderAction(before.number, before.status as PurchaseOrderStatus, "update"))
    const changes: Record<string, unknown> = { id: before.id }
    if (input.expected_at !== undefined) {
      changes.expected_at = input.expected_at
    }
    if (input.notes !== undefined) {
      changes.notes = input.notes
    }
    let createdLineIds: string[] = []
    if (input.lines) {
      const lines = await buildOrderLines(container, before.supplier_id, input.lines)
      const total = linesTotal(lines)
      Object.assign(changes, {
        subtotal: total,
        total,
        approved_by: null,
        approved_at: null,
        approval_rule_id: null,
        required_approver_role: null,
      })
      createdLineIds = await replaceDocumentLines(
        container,
        "purchase_order",
        before.id,
        before.lines.map((line) => line.id),
        lines
      )
    }
    await updateDocument(container, "purchase_order", changes)
    const after = await loadPurchaseOrder(container, input.id)
    const previous: Record<string, unknown> = { id: before.id }
    for (const field of Object.keys(changes)) {
      previous[field] = (before as Record<string, unknown>)[field]
    }
    return new StepResponse(
      { before, after },
      {
        previous,
        removedLineIds: input.lines ? before.lines.map((line) => line.id) : [],
        createdLineIds,
      }
    )
  },
  async (undo, { container }) => {
    if (undo) {
      await undoDocumentEdit(container, "purchase_order", undo)
    }
  }
)

/**
 * Loads a purchase order, checks that the action is allowed in its status and works out its
 * status change:
 * - approve: only when a purchase-order approval rule applies; the approver holds its role
 *   and did not create the order.
 * - order: refused while an applicable rule's approval is missing; fills the expected date
 *   from the supplier's lead time when none was set.
 * - close: records the shortfall of lines not fully received.
 */
export const preparePurchaseOrderActionStep = createStep(
  "prepare-purchase-order-action",
  async (
    input: { id: string; action: "approve" | "order" | "close" | "cancel"; reason?: string | null; audit: AuditContext },
    { container }
  ) => {
    const order = await loadPurchaseOrder(container, input.id)
    const from = checkRule(() => assertPurchaseOrderAction(order.number, order.status as PurchaseOrderStatus, input.action))
    const now = new Date()
    const actorId = input.audit.actor_id
    let changes: Record<string, unknown> = {}
    let shortfall: ReturnType<typeof closingShortfall> = []
    if (input.action === "approve" || input.action === "order") {
      const rule = await findApplicableApprovalRule(container, {
        document_type: "purchase_order",
        amount: Number(order.total),
        categories: order.lines.map((line) => line.category),
      })
      if (input.action === "approve") {
        if (!rule) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Purchase order ${order.number} needs no approval (no approval rule applies to it): it can be ordered directly.`
          )
        }
        if (order.approved_at) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Purchase order ${order.number} is already approved.`)
        }
        await assertMayDecide(container, {
          document: `Purchase order ${order.number}`,
          requested_by: order.created_by,
          required_role: rule.approver_role,
          audit: input.audit,
          action: "approve",
        })
        changes = {
          approval_rule_id: rule.id,
          required_approver_role: rule.approver_role,
          approved_by: actorId,
          approved_at: now,
        }
      } else {
        if (rule && !order.approved_at) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Purchase order ${order.number} needs the approval of someone with the role "${rule.approver_role}" (rule "${rule.name}") before it can be ordered.`
          )
        }
        if (!order.lines.length) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Purchase order ${order.number} has no lines.`)
        }
        const supplier = await loadActiveSupplier(container, order.supplier_id)
        changes = {
          status: "ordered",
          ordered_at: now,
          ordered_by: actorId,
          ...(order.expected_at ? {} : { expected_at: new Date(now.getTime() + supplier.lead_time_days * DAY_MS) }),
        }
      }
    } else if (input.action === "close") {
      shortfall = closingShortfall(order.lines)
      if (shortfall.length && !input.reason) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Purchase order ${order.number} is not fully received (${shortfall
            .map((line) => `${line.shortfall} x ${line.part_number}`)
            .join(", ")} missing): give a reason to close it with this shortfall.`
        )
      }
      changes = { status: "closed", closed_at: now, closed_by: actorId, close_reason: input.reason ?? null }
    } else {
      changes = { status: "canceled", canceled_at: now, canceled_by: actorId, cancel_reason: input.reason }
    }
    return new StepResponse({ order, from, changes, shortfall })
  }
)
