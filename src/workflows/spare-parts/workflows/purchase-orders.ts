import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { applyStockMovementsStep } from "../steps/apply-stock-movements"
import {
  createGoodsReceiptStep,
  prepareGoodsReceiptStep,
  ReceiveGoodsInput,
  recordReceivedQuantitiesStep,
} from "../steps/goods-receipts"
import { changeDocumentStatusStep } from "../steps/procurement-status"
import {
  CreatePurchaseOrderInput,
  createPurchaseOrdersStep,
  prepareManualPurchaseOrderStep,
  preparePurchaseOrderActionStep,
  UpdatePurchaseOrderInput,
  updatePurchaseOrderStep,
} from "../steps/purchase-orders"

type Record_ = Record<string, unknown>

export const createPurchaseOrderWorkflow = createWorkflow(
  "create-purchase-order",
  (input: { purchase_order: CreatePurchaseOrderInput; audit: AuditContext }) => {
    const orders = prepareManualPurchaseOrderStep(input.purchase_order)
    const createInput = transform({ input, orders }, ({ input, orders }) => ({
      orders,
      created_by: input.audit.actor_id,
    }))
    const created = createPurchaseOrdersStep(createInput)
    const order = transform({ created }, ({ created }) => created[0])
    const auditEntry = transform({ input, order }, ({ input, order }) => ({
      context: input.audit,
      action: "purchase_order.created",
      entity_type: "purchase_order",
      entity_id: order.id,
      after: order as unknown as Record_,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(order)
  }
)

export const updatePurchaseOrderWorkflow = createWorkflow(
  "update-purchase-order",
  (input: { purchase_order: UpdatePurchaseOrderInput; audit: AuditContext }) => {
    const updated = updatePurchaseOrderStep(input.purchase_order)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action: "purchase_order.updated",
      entity_type: "purchase_order",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record_,
      after: updated.after as unknown as Record_,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(updated.after)
  }
)

type DecisionInput = { id: string; reason?: string | null; audit: AuditContext }
type Decision = "approve" | "order" | "close" | "cancel"

const AUDIT_ACTIONS: Record<Decision, string> = {
  approve: "purchase_order.approved",
  order: "purchase_order.ordered",
  close: "purchase_order.closed",
  cancel: "purchase_order.canceled",
}

/** What each decision tells the event bus; approving a draft emits nothing until it is placed. */
const DECISION_EVENTS: Record<Decision, string | null> = {
  approve: null,
  order: "purchase_order.approved",
  close: "purchase_order.closed",
  cancel: "purchase_order.canceled",
}

function decisionWorkflow(action: Decision) {
  return createWorkflow(`${action}-purchase-order`, (input: DecisionInput) => {
    const actionInput = transform({ input }, ({ input }) => ({ ...input, action }))
    const prepared = preparePurchaseOrderActionStep(actionInput)
    const change = transform({ prepared }, ({ prepared }) => ({
      table: "purchase_order" as const,
      id: prepared.order.id,
      from: prepared.from,
      changes: prepared.changes,
    }))
    const previous = changeDocumentStatusStep(change)
    const auditEntry = transform({ input, prepared, previous }, ({ input, prepared, previous }) => ({
      context: input.audit,
      action: AUDIT_ACTIONS[action],
      entity_type: "purchase_order",
      entity_id: prepared.order.id,
      before: previous,
      after: prepared.changes,
      metadata: prepared.shortfall.length ? { shortfall: prepared.shortfall } : null,
    }))
    recordAuditEntryStep(auditEntry)
    const eventName = DECISION_EVENTS[action]
    if (eventName) {
      const event = transform({ input, prepared }, ({ input, prepared }) => {
        const { order, changes } = prepared
        const base = { id: order.id, number: order.number, supplier_id: order.supplier_id }
        const data =
          action === "order"
            ? {
                ...base,
                total: Number(order.total),
                currency_code: order.currency_code,
                expected_at: changes.expected_at ?? order.expected_at,
                approved_by: order.approved_by ?? input.audit.actor_id,
              }
            : action === "close"
              ? { ...base, reason: input.reason ?? null, shortfall: prepared.shortfall }
              : { ...base, previous_status: order.status, reason: input.reason ?? null }
        return { eventName, data }
      })
      emitEventStep(event)
    }
    return new WorkflowResponse(prepared.order)
  })
}

/** Records the approval a purchase-order approval rule asks for (role + separation of duties). */
export const approvePurchaseOrderWorkflow = decisionWorkflow("approve")
/** Places the order with the supplier (status ordered); emits purchase_order.approved. */
export const orderPurchaseOrderWorkflow = decisionWorkflow("order")
/** Closes an order, also one not fully received (a reason is then required; the shortfall is recorded). */
export const closePurchaseOrderWorkflow = decisionWorkflow("close")
/** Cancels a draft or ordered purchase order with a reason. */
export const cancelPurchaseOrderWorkflow = decisionWorkflow("cancel")

/**
 * Records a goods receipt: quantities on the order lines, the receipt document, the accepted
 * units into stock (host inventory + ledger rows of type receipt, reference goods_receipt)
 * and the order's new status. Damaged units are recorded but stay out of stock; the
 * `purchase_order.goods_received` event carries `damaged_quantity` so a scrap or
 * return-to-supplier process can react. `purchase_order.received` follows when the order is
 * complete.
 */
export const receiveGoodsWorkflow = createWorkflow(
  "receive-purchase-order-goods",
  (input: { receipt: ReceiveGoodsInput; audit: AuditContext }) => {
    const prepared = prepareGoodsReceiptStep(input.receipt)
    recordReceivedQuantitiesStep(prepared.lines)
    const receiptInput = transform({ input, prepared }, ({ input, prepared }) => ({
      purchase_order_id: prepared.order.id,
      received_at: input.receipt.received_at ?? new Date(),
      received_by: input.audit.actor_id,
      notes: input.receipt.notes ?? null,
      lines: prepared.lines,
    }))
    const receipt = createGoodsReceiptStep(receiptInput)
    const movements = transform({ input, prepared, receipt }, ({ input, prepared, receipt }) => ({
      movements: prepared.lines
        .filter((line) => line.quantity_accepted > 0)
        .map((line) => ({
          part_id: line.part_id,
          location_id: line.location_id,
          type: "receipt" as const,
          quantity: line.quantity_accepted,
          reference_type: "goods_receipt",
          reference_id: receipt.id,
          unit_cost: line.unit_price,
          metadata: { purchase_order_id: prepared.order.id, purchase_order_number: prepared.order.number, receipt_number: receipt.number },
        })),
      actor: { actor_type: input.audit.actor_type, actor_id: input.audit.actor_id },
    }))
    applyStockMovementsStep(movements)
    const change = transform({ prepared }, ({ prepared }) => ({
      table: "purchase_order" as const,
      id: prepared.order.id,
      from: prepared.from,
      changes: {
        status: prepared.status,
        ...(prepared.fully_received ? { received_at: new Date() } : {}),
      },
    }))
    changeDocumentStatusStep(change)
    const auditEntry = transform({ input, prepared, receipt }, ({ input, prepared, receipt }) => ({
      context: input.audit,
      action: "goods_receipt.created",
      entity_type: "goods_receipt",
      entity_id: receipt.id,
      after: receipt as unknown as Record_,
      metadata: {
        purchase_order_id: prepared.order.id,
        purchase_order_status: { before: prepared.order.status, after: prepared.status },
      },
    }))
    recordAuditEntryStep(auditEntry)
    const receivedEvent = transform({ prepared, receipt }, ({ prepared, receipt }) => ({
      eventName: "purchase_order.goods_received",
      data: {
        id: prepared.order.id,
        number: prepared.order.number,
        goods_receipt_id: receipt.id,
        goods_receipt_number: receipt.number,
        status: prepared.status,
        accepted_quantity: prepared.lines.reduce((sum, line) => sum + line.quantity_accepted, 0),
        damaged_quantity: prepared.lines.reduce((sum, line) => sum + line.quantity_damaged, 0),
      },
    }))
    emitEventStep(receivedEvent).config({ name: "emit-purchase-order-goods-received" })
    when({ prepared }, ({ prepared }) => prepared.fully_received).then(() => {
      const completeEvent = transform({ prepared }, ({ prepared }) => ({
        eventName: "purchase_order.received",
        data: { id: prepared.order.id, number: prepared.order.number, supplier_id: prepared.order.supplier_id },
      }))
      emitEventStep(completeEvent).config({ name: "emit-purchase-order-received" })
    })
    return new WorkflowResponse(receipt)
  }
)
