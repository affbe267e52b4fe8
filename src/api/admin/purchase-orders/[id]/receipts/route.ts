import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { receiveGoodsWorkflow } from "../../../../../workflows/spare-parts/workflows/purchase-orders"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchPurchaseOrder } from "../../helpers"
import { AdminCreateGoodsReceiptType } from "../../validators"

const RECEIPT_FIELDS = [
  "id",
  "number",
  "received_at",
  "received_by",
  "notes",
  "created_at",
  "lines.id",
  "lines.purchase_order_line_id",
  "lines.part_id",
  "lines.location_id",
  "lines.quantity_received",
  "lines.quantity_damaged",
  "lines.quantity_accepted",
]

async function receiptsOf(req: AuthenticatedMedusaRequest, filters: Record<string, unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "goods_receipts",
    fields: RECEIPT_FIELDS,
    filters,
  })
  return data
}

/** The goods receipts of the purchase order, oldest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await refetchPurchaseOrder(req, req.params.id)
  const goods_receipts = (order.receipts ?? []).sort(
    (a: any, b: any) => new Date(a.received_at).getTime() - new Date(b.received_at).getTime()
  )
  res.json({ goods_receipts, count: goods_receipts.length, offset: 0, limit: goods_receipts.length })
}

/**
 * Records a delivery: per line the units received and how many of them are damaged. Accepted
 * units go into stock at the line's location; answers the receipt and the updated order.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateGoodsReceiptType>,
  res: MedusaResponse
) => {
  const { result } = await receiveGoodsWorkflow(req.scope).run({
    input: {
      receipt: { purchase_order_id: req.params.id, ...req.validatedBody },
      audit: auditContextFrom(req),
    },
  })
  const [goods_receipt] = await receiptsOf(req, { id: result.id })
  res.status(201).json({
    goods_receipt,
    purchase_order: await refetchPurchaseOrder(req, req.params.id),
  })
}
