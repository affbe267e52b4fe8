import { model } from "@medusajs/framework/utils"

export const APPROVAL_DOCUMENT_TYPES = ["requisition", "purchase_order"] as const
export type ApprovalDocumentType = (typeof APPROVAL_DOCUMENT_TYPES)[number]

/**
 * Who must approve a requisition or purchase order: documents whose total lies in
 * [min_amount, max_amount) and (when `category` is set) that contain a part of that category
 * need an approver holding `approver_role`. See pickApprovalRule in src/lib/spare-parts/procurement.ts.
 */
const ApprovalRule = model
  .define("approval_rule", {
    id: model.id({ prefix: "aprule" }).primaryKey(),
    name: model.text().searchable(),
    document_type: model.enum([...APPROVAL_DOCUMENT_TYPES]),
    min_amount: model.bigNumber().default(0),
    max_amount: model.bigNumber().nullable(),
    /** A spare_part.category; null matches every document. */
    category: model.text().nullable(),
    /** Name of the after-sales role an approver must hold, e.g. "approver". */
    approver_role: model.text(),
    is_active: model.boolean().default(true),
    /** Lower ranks are tried first. */
    rank: model.number().default(0),
  })
  .indexes([{ on: ["document_type", "is_active"] }])

export default ApprovalRule
