import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renderPurchaseOrderDocument } from "../../../../../lib/spare-parts/purchase-order-document"

/**
 * The purchase order as a printable HTML page for the supplier (print or save as PDF from the
 * browser); `?download=true` asks the browser to save it as a file.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph(
    {
      entity: "purchase_orders",
      fields: [
        "number",
        "status",
        "supplier_id",
        "currency_code",
        "ordered_at",
        "expected_at",
        "created_at",
        "notes",
        "subtotal",
        "total",
        "lines.part_number",
        "lines.part_name",
        "lines.supplier_part_number",
        "lines.quantity",
        "lines.unit_price",
        "lines.location_id",
        "lines.created_at",
      ],
      filters: { id: req.params.id },
    },
    { throwIfKeyNotFound: true }
  )
  const {
    data: [supplier],
  } = await query.graph({
    entity: "suppliers",
    fields: ["code", "name", "contact_name", "email", "phone", "address", "payment_terms"],
    filters: { id: order.supplier_id },
    withDeleted: true,
  })
  const locationIds: string[] = [
    ...new Set<string>(order.lines.map((line: any) => line.location_id)),
  ]
  const locations = await req.scope
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({ id: locationIds }, { relations: ["address"] })
  const locationsById = new Map(locations.map((location) => [location.id, location]))
  const [store] = await req.scope.resolve(Modules.STORE).listStores({}, { select: ["name"] })
  const html = renderPurchaseOrderDocument({
    company: { name: store?.name ?? "" },
    supplier: supplier ?? { code: "", name: order.supplier_id },
    order: { ...order, subtotal: Number(order.subtotal), total: Number(order.total) },
    lines: [...order.lines]
      .sort((a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((line: any) => ({
        ...line,
        unit_price: Number(line.unit_price),
        location_name: locationsById.get(line.location_id)?.name ?? line.location_id,
      })),
    deliver_to: locations.map((location) => ({ name: location.name, address: location.address as any })),
  })
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  if (req.query.download === "true") {
    res.setHeader("Content-Disposition", `attachment; filename="${order.number}.html"`)
  }
  res.send(html)
}
