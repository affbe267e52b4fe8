import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertPurchaseOrderAction,
  planReceipt,
  PurchaseOrderStatus,
  ReceiptLineInput,
} from "../../../lib/spare-parts/procurement"
import { checkRule, sparePartsService } from "./procurement-helpers"
import { loadPurchaseOrder } from "./purchase-orders"

export type ReceiveGoodsInput = {
  purchase_order_id: string
  received_at?: Date | string | null
  notes?: string | null
  lines: ReceiptLineInput[]
}

/** Checks a receipt against the order (status, lines, quantities, tolerance); writes nothing. */
export const prepareGoodsReceiptStep = createStep(
  "prepare-goods-receipt",
  async (input: ReceiveGoodsInput, { container }) => {
    const order = await loadPurchaseOrder(container, input.purchase_order_id)
    const from = checkRule(() =>
      assertPurchaseOrderAction(order.number, order.status as PurchaseOrderStatus, "receive")
    )
    const plan = checkRule(() => planReceipt(order.lines, input.lines))
    const linesById = new Map(order.lines.map((line) => [line.id, line]))
    const lines = plan.lines.map((planned) => {
      const line = linesById.get(planned.purchase_order_line_id)!
      return {
        ...planned,
        part_id: line.part_id,
        part_number: line.part_number,
        location_id: line.location_id,
        unit_price: Number(line.unit_price),
      }
    })
    return new StepResponse({ order, from, lines, status: plan.status, fully_received: plan.fully_received })
  }
)

/**
 * Adds the delivered and damaged units to the order lines (guarded against concurrent
 * receipts exceeding the tolerance); the compensation subtracts them again.
 */
export const recordReceivedQuantitiesStep = createStep(
  "record-received-quantities",
  async (
    lines: { purchase_order_line_id: string; quantity_received: number; quantity_damaged: number; max_accepted: number }[],
    { container }
  ) => {
    await sparePartsService(container).addReceivedQuantities(
      lines.map((line) => ({
        id: line.purchase_order_line_id,
        received: line.quantity_received,
        damaged: line.quantity_damaged,
        max_accepted: line.max_accepted,
      }))
    )
    return new StepResponse(undefined, lines)
  },
  async (lines, { container }) => {
    if (!lines?.length) {
      return
    }
    await sparePartsService(container).addReceivedQuantities(
      lines.map((line) => ({
        id: line.purchase_order_line_id,
        received: -line.quantity_received,
        damaged: -line.quantity_damaged,
        max_accepted: Number.MAX_SAFE_INTEGER,
      }))
    )
  }
)

export const createGoodsReceiptStep = createStep(
  "create-goods-receipt",
  async (
    input: {
      purchase_order_id: string
      received_at: Date | string
      received_by: string | null
      notes: string | null
      lines: {
        purchase_order_line_id: string
        part_id: string
        location_id: string
        quantity_received: number
        quantity_damaged: number
        quantity_accepted: number
      }[]
    },
    { container }
  ) => {
    const spareParts = sparePartsService(container)
    const [number] = await spareParts.nextDocumentNumbers("goods_receipt")
    const receipt = await spareParts.createGoodsReceipts({
      number,
      purchase_order_id: input.purchase_order_id,
      received_at: input.received_at,
      received_by: input.received_by,
      notes: input.notes,
      lines: input.lines.map((line) => ({
        purchase_order_line_id: line.purchase_order_line_id,
        part_id: line.part_id,
        location_id: line.location_id,
        quantity_received: line.quantity_received,
        quantity_damaged: line.quantity_damaged,
        quantity_accepted: line.quantity_accepted,
      })),
    } as any)
    return new StepResponse(receipt, receipt.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await sparePartsService(container).deleteGoodsReceipts(id)
  }
)
