import { model } from "@medusajs/framework/utils"
import PurchaseRequisitionLine from "./purchase-requisition-line"

export const PURCHASE_REQUISITION_STATUSES = [
  "draft",
  "pending_approval",
  "approved",
  "rejected",
  "converted",
  "canceled",
] as const
export type PurchaseRequisitionStatus = (typeof PURCHASE_REQUISITION_STATUSES)[number]

/**
 * A request to buy parts (by hand or from a stock alert). Submitting it picks the approval
 * rule that applies (src/lib/spare-parts/procurement.ts) and keeps the rule and its approver
 * role here, so later rule edits do not change what a pending requisition waits for.
 */
const PurchaseRequisition = model
  .define("purchase_requisition", {
    id: model.id({ prefix: "preq" }).primaryKey(),
    /** PR-000123, from the purchase_requisition_number_seq sequence. */
    number: model.text().searchable(),
    status: model.enum([...PURCHASE_REQUISITION_STATUSES]).default("draft"),
    requested_by: model.text().nullable(),
    reason: model.text().searchable().nullable(),
    /** The stock alert it was raised from, if any. */
    alert_id: model.text().nullable(),
    /** Suggested supplier; conversion uses it when it offers the part. */
    supplier_id: model.text().nullable(),
    currency_code: model.text().default("eur"),
    estimated_total: model.bigNumber().default(0),
    approval_rule_id: model.text().nullable(),
    required_approver_role: model.text().nullable(),
    submitted_at: model.dateTime().nullable(),
    approved_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    rejected_by: model.text().nullable(),
    rejected_at: model.dateTime().nullable(),
    rejection_reason: model.text().nullable(),
    canceled_by: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
    converted_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    lines: model.hasMany(() => PurchaseRequisitionLine, { mappedBy: "requisition" }),
  })
  .indexes([
    { on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"] },
    { on: ["alert_id"] },
    { on: ["requested_by"] },
  ])
  .cascades({ delete: ["lines"] })

export default PurchaseRequisition
