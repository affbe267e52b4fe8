import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withoutReversals } from "../../../../../lib/spare-parts/demand-history"
import { SPARE_PARTS_MODULE } from "../../../../../modules/spare-parts"
import SparePartsModuleService from "../../../../../modules/spare-parts/service"
import { AdminGetPartSalesParamsType } from "../../parts-demand-validators"

/**
 * Parts sales of one part from the ledger: one entry per order and fulfilment (newest first)
 * with the quantity shipped and the revenue at the order's unit price, plus totals.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as unknown as AdminGetPartSalesParamsType
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const part = await spareParts.retrieveSparePart(req.params.id, { select: ["id"] })
  const rows = await spareParts.listStockMovements(
    { part_id: part.id, type: "sale" },
    { take: null }
  )
  rows.sort((a, b) => new Date(b.occurred_at).getTime() - new Date(a.occurred_at).getTime())
  const sales = withoutReversals(
    rows.map((row) => ({
      ...row,
      reversal_of: ((row.metadata as Record<string, unknown> | null)?.reversal_of as string) ?? null,
    }))
  ).map((row) => {
    const metadata = (row.metadata ?? {}) as Record<string, unknown>
    return {
      id: row.id,
      order_id: row.reference_id,
      fulfillment_id: (metadata.fulfillment_id as string) ?? null,
      location_id: row.location_id,
      quantity: -row.quantity,
      revenue: Number(metadata.revenue ?? 0),
      currency_code: (metadata.currency_code as string) ?? null,
      occurred_at: row.occurred_at,
    }
  })
  const revenue: Record<string, number> = {}
  for (const sale of sales) {
    const currency = sale.currency_code ?? "unknown"
    revenue[currency] = Math.round(((revenue[currency] ?? 0) + sale.revenue) * 100) / 100
  }
  const page = sales.slice(params.offset, params.offset + params.limit)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = [...new Set(page.map((sale) => sale.order_id).filter(Boolean))] as string[]
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] as { id: string; display_id: number }[] }
  const displayIds = new Map<string, number>(
    (orders as { id: string; display_id: number }[]).map((order) => [order.id, order.display_id])
  )
  res.json({
    sales: page.map((sale) => ({ ...sale, order_display_id: displayIds.get(sale.order_id ?? "") ?? null })),
    totals: {
      quantity: sales.reduce((sum, sale) => sum + sale.quantity, 0),
      orders: new Set(sales.map((sale) => sale.order_id)).size,
      revenue,
    },
    count: sales.length,
    offset: params.offset,
    limit: params.limit,
  })
}
