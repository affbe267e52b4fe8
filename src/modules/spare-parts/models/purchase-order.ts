import { model } from "@medusajs/framework/utils"
import GoodsReceipt from "./goods-receipt"
import PurchaseOrderLine from "./purchase-order-line"

export const PURCHASE_ORDER_STATUSES = [
  "draft",
  "ordered",
  "partially_received",
  "received",
  "closed",
  "canceled",
] as const
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number]

/**
 * An order to one supplier. Lines and prices can change only while it is a draft; placing it
 * (`ordered`) needs an approval first when a purchase-order approval rule applies.
 * `subtotal`/`total` are the sum of the lines (no tax or shipping are added by the plugin).
 */
const PurchaseOrder = model
  .define("purchase_order", {
    id: model.id({ prefix: "po" }).primaryKey(),
    /** PO-000123, from the purchase_order_number_seq sequence. */
    number: model.text().searchable(),
    supplier_id: model.text(),
    /** The requisition it was converted from (the first one when several were merged). */
    requisition_id: model.text().nullable(),
    status: model.enum([...PURCHASE_ORDER_STATUSES]).default("draft"),
    currency_code: model.text().default("eur"),
    expected_at: model.dateTime().nullable(),
    ordered_at: model.dateTime().nullable(),
    ordered_by: model.text().nullable(),
    notes: model.text().searchable().nullable(),
    subtotal: model.bigNumber().default(0),
    total: model.bigNumber().default(0),
    created_by: model.text().nullable(),
    approval_rule_id: model.text().nullable(),
    required_approver_role: model.text().nullable(),
    approved_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    closed_by: model.text().nullable(),
    close_reason: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    canceled_by: model.text().nullable(),
    cancel_reason: model.text().nullable(),
    metadata: model.json().nullable(),
    lines: model.hasMany(() => PurchaseOrderLine, { mappedBy: "purchase_order" }),
    receipts: model.hasMany(() => GoodsReceipt, { mappedBy: "purchase_order" }),
  })
  .indexes([
    { on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["supplier_id"] },
    { on: ["status"] },
    { on: ["requisition_id"] },
  ])
  .cascades({ delete: ["lines", "receipts"] })

export default PurchaseOrder
