import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createOperatorMap,
} from "@medusajs/medusa/api/utils/validators"
import { PURCHASE_REQUISITION_STATUSES } from "../../../modules/spare-parts/models/purchase-requisition"

const stringOrList = z.union([z.string(), z.array(z.string())]).optional()
const reason = z.string().trim().min(1).max(2000)

export const AdminGetPurchaseRequisitionParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetPurchaseRequisitionsParamsType = z.infer<typeof AdminGetPurchaseRequisitionsParams>
export const AdminGetPurchaseRequisitionsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
})
  .merge(
    z.object({
      q: z.string().optional(),
      id: stringOrList,
      number: stringOrList,
      status: z
        .union([z.enum(PURCHASE_REQUISITION_STATUSES), z.array(z.enum(PURCHASE_REQUISITION_STATUSES))])
        .optional(),
      requested_by: stringOrList,
      required_approver_role: stringOrList,
      supplier_id: stringOrList,
      alert_id: stringOrList,
      created_at: createOperatorMap().optional(),
    })
  )
  .strict()

const requisitionLine = z
  .object({
    part_id: z.string().min(1),
    location_id: z.string().min(1),
    quantity: z.number().int().min(1).max(1_000_000),
    estimated_unit_price: z.number().min(0).max(1_000_000_000).nullish(),
  })
  .strict()

export type AdminCreatePurchaseRequisitionType = z.infer<typeof AdminCreatePurchaseRequisition>
export const AdminCreatePurchaseRequisition = z
  .object({
    reason: z.string().trim().max(2000).nullish(),
    supplier_id: z.string().min(1).nullish(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, { message: "currency_code is a three-letter ISO 4217 code such as eur." })
      .transform((value) => value.toLowerCase())
      .optional(),
    /** With an alert and no lines, the line is the alert's part with the suggested quantity. */
    alert_id: z.string().min(1).nullish(),
    lines: z.array(requisitionLine).min(1).max(200).optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
  .refine((body) => !!body.lines || !!body.alert_id, {
    message: "Give the lines of the requisition, or alert_id to raise it from a stock alert.",
    path: ["lines"],
  })

export type AdminUpdatePurchaseRequisitionType = z.infer<typeof AdminUpdatePurchaseRequisition>
export const AdminUpdatePurchaseRequisition = z
  .object({
    reason: z.string().trim().max(2000).nullish(),
    supplier_id: z.string().min(1).nullish(),
    lines: z.array(requisitionLine).min(1).max(200).optional(),
  })
  .strict()

export type AdminRejectPurchaseRequisitionType = z.infer<typeof AdminRejectPurchaseRequisition>
export const AdminRejectPurchaseRequisition = z.object({ reason }).strict()
export const AdminCancelPurchaseRequisition = z.object({ reason }).strict()
export const AdminEmptyBody = z.object({}).strict()

export type AdminConvertPurchaseRequisitionsType = z.infer<typeof AdminConvertPurchaseRequisitions>
export const AdminConvertPurchaseRequisitions = z
  .object({ requisition_ids: z.array(z.string().min(1)).min(1).max(50) })
  .strict()
