import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCsvRow } from "../../../../lib/csv"
import { warrantyListFilters } from "../helpers"
import { AdminExportWarrantiesParamsType } from "../validators"

const COLUMNS = [
  "id",
  "kind",
  "source",
  "status",
  "order_display_id",
  "order_id",
  "line_item_id",
  "unit_index",
  "customer_id",
  "customer_email",
  "customer_name",
  "product_title",
  "variant_title",
  "sku",
  "serial_number",
  "coverage",
  "duration_months",
  "purchased_at",
  "starts_at",
  "ends_at",
  "extends_registration_id",
  "voided_at",
  "void_reason",
  "created_at",
] as const

const PAGE_SIZE = 1000

/** The filtered registrations as CSV (with the policy name), page by page. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminExportWarrantiesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="warranties-${stamp}.csv"`)
  res.write(toCsvRow([...COLUMNS, "policy_name"]))
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const { data } = await query.graph({
      entity: "warranty_registration",
      fields: [...COLUMNS, "policy.name"],
      filters: warrantyListFilters(req.filterableFields as Record<string, unknown>) as any,
      pagination: { skip, take: PAGE_SIZE, order: { created_at: "DESC", id: "DESC" } },
    })
    for (const row of data as any[]) {
      res.write(toCsvRow([...COLUMNS.map((column) => row[column]), row.policy?.name ?? null]))
    }
    if (data.length < PAGE_SIZE) {
      break
    }
  }
  res.end()
}
