import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCsv } from "../../../../lib/csv"
import {
  formatSpecifications,
  OFFER_CSV_COLUMNS,
  PART_CSV_COLUMNS,
} from "../../../../lib/spare-parts/csv-import"
import { AdminExportSparePartsParamsType } from "../validators"

/** Parts or supplier offers as CSV in the import format, so an export imports back unchanged. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminExportSparePartsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const type = (req.validatedQuery?.type as string) ?? "parts"
  const { data: parts } = await query.graph({
    entity: "spare_part",
    fields: [
      ...PART_CSV_COLUMNS.filter((c) => !["superseded_by", "sku", "price", "compatible_products"].includes(c)),
      "id",
      "superseded_by_id",
      "compatible_product_ids",
      "product_variant.sku",
      "suppliers.*",
      "suppliers.supplier.code",
    ],
    pagination: { order: { part_number: "ASC" } } as any,
  })
  let csv: string
  if (type === "offers") {
    csv = toCsv(
      [...OFFER_CSV_COLUMNS],
      parts.flatMap((part: any) =>
        [...(part.suppliers ?? [])]
          .sort((a: any, b: any) => String(a.supplier?.code).localeCompare(String(b.supplier?.code)))
          .map((offer: any) => [
            part.part_number,
            offer.supplier?.code,
            offer.supplier_part_number,
            offer.unit_price,
            offer.currency_code,
            offer.lead_time_days,
            offer.min_order_quantity,
            offer.pack_size,
            offer.is_preferred,
          ])
      )
    )
  } else {
    const numberById = new Map(parts.map((part: any) => [part.id, part.part_number]))
    const productIds = [...new Set(parts.flatMap((part: any) => part.compatible_product_ids ?? []))]
    const products: any[] = productIds.length
      ? (await query.graph({ entity: "product", fields: ["id", "handle"], filters: { id: productIds as string[] } })).data
      : []
    const handleById = new Map(products.map((product: any) => [product.id, product.handle]))
    csv = toCsv(
      [...PART_CSV_COLUMNS],
      parts.map((part: any) => [
        part.part_number,
        part.name,
        part.model,
        part.category,
        part.description,
        part.unit_cost,
        part.currency_code,
        part.status,
        part.superseded_by_id ? numberById.get(part.superseded_by_id) : null,
        part.product_variant?.sku,
        null,
        formatSpecifications(part.specifications),
        (part.compatible_product_ids ?? []).map((id: string) => handleById.get(id)).filter(Boolean).join(";"),
      ])
    )
  }
  const date = new Date().toISOString().slice(0, 10)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="spare-parts-${type}-${date}.csv"`)
  res.send(csv)
}
