import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  computeSupplierPerformance,
  SupplierPerformance,
} from "../../../lib/spare-parts/supplier-performance"

export async function refetchSupplier(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [supplier],
  } = await query.graph(
    { entity: "suppliers", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return supplier
}

/** Performance figures per supplier from its placed purchase orders and their goods receipts. */
export async function loadSupplierPerformance(
  scope: MedusaContainer,
  supplierIds: string[]
): Promise<Map<string, SupplierPerformance>> {
  const result = new Map<string, SupplierPerformance>()
  if (!supplierIds.length) {
    return result
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "purchase_orders",
    fields: [
      "id",
      "supplier_id",
      "status",
      "ordered_at",
      "expected_at",
      "lines.quantity",
      "lines.received_quantity",
      "lines.damaged_quantity",
      "receipts.received_at",
      "receipts.lines.quantity_received",
      "receipts.lines.quantity_damaged",
    ],
    filters: {
      supplier_id: supplierIds,
      status: ["ordered", "partially_received", "received", "closed"],
    },
  })
  for (const supplierId of supplierIds) {
    const own = orders.filter((order: any) => order.supplier_id === supplierId)
    result.set(
      supplierId,
      computeSupplierPerformance(
        own.map((order: any) => ({
          id: order.id,
          status: order.status,
          ordered_at: order.ordered_at,
          expected_at: order.expected_at,
          lines: order.lines ?? [],
        })),
        own.flatMap((order: any) =>
          (order.receipts ?? []).map((receipt: any) => ({
            purchase_order_id: order.id,
            received_at: receipt.received_at,
            quantity_received: (receipt.lines ?? []).reduce(
              (sum: number, line: any) => sum + line.quantity_received,
              0
            ),
            quantity_damaged: (receipt.lines ?? []).reduce(
              (sum: number, line: any) => sum + line.quantity_damaged,
              0
            ),
          }))
        )
      )
    )
  }
  return result
}
