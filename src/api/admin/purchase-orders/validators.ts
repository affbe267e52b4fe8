import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createOperatorMap,
} from "@medusajs/medusa/api/utils/validators"
import { PURCHASE_ORDER_STATUSES } from "../../../modules/spare-parts/models/purchase-order"

const stringOrList = z.union([z.string(), z.array(z.string())]).optional()
const reason = z.string().trim().min(1).max(2000)
const date = z.coerce.date()

export const AdminGetPurchaseOrderParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetPurchaseOrdersParamsType = z.infer<typeof AdminGetPurchaseOrdersParams>
export const AdminGetPurchaseOrdersParams = createFindParams({
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
        .union([z.enum(PURCHASE_ORDER_STATUSES), z.array(z.enum(PURCHASE_ORDER_STATUSES))])
        .optional(),
      supplier_id: stringOrList,
      requisition_id: stringOrList,
      /** Orders with a line for this part (or any of these parts). */
      part_id: stringOrList,
      expected_at: createOperatorMap().optional(),
      ordered_at: createOperatorMap().optional(),
      created_at: createOperatorMap().optional(),
    })
  )
  .strict()

const orderLine = z
  .object({
    part_id: z.string().min(1),
    location_id: z.string().min(1),
    quantity: z.number().int().min(1).max(1_000_000),
    unit_price: z.number().min(0).max(1_000_000_000).nullish(),
    supplier_part_number: z.string().trim().max(100).nullish(),
  })
  .strict()

export type AdminCreatePurchaseOrderType = z.infer<typeof AdminCreatePurchaseOrder>
export const AdminCreatePurchaseOrder = z
  .object({
    supplier_id: z.string().min(1),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, { message: "currency_code is a three-letter ISO 4217 code such as eur." })
      .transform((value) => value.toLowerCase())
      .optional(),
    expected_at: date.nullish(),
    notes: z.string().max(5000).nullish(),
    lines: z.array(orderLine).min(1).max(200),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()

export type AdminUpdatePurchaseOrderType = z.infer<typeof AdminUpdatePurchaseOrder>
export const AdminUpdatePurchaseOrder = z
  .object({
    expected_at: date.nullish(),
    notes: z.string().max(5000).nullish(),
    lines: z.array(orderLine).min(1).max(200).optional(),
  })
  .strict()

export const AdminEmptyBody = z.object({}).strict()
export const AdminCancelPurchaseOrder = z.object({ reason }).strict()
export const AdminClosePurchaseOrder = z.object({ reason: reason.optional() }).strict()

export type AdminCreateGoodsReceiptType = z.infer<typeof AdminCreateGoodsReceipt>
export const AdminCreateGoodsReceipt = z
  .object({
    received_at: date.optional(),
    notes: z.string().max(5000).nullish(),
    lines: z
      .array(
        z
          .object({
            purchase_order_line_id: z.string().min(1),
            quantity_received: z.number().int().min(0).max(1_000_000),
            quantity_damaged: z.number().int().min(0).max(1_000_000).optional(),
          })
          .strict()
      )
      .min(1)
      .max(200),
  })
  .strict()
