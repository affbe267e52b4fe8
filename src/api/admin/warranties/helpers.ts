import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const isRegistrationId = (id: string | undefined) => !!id && id.startsWith("wreg_")

export async function refetchWarranty(req: AuthenticatedMedusaRequest, id: string) {
  if (!isRegistrationId(id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty registration ${id} was not found.`)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [registration],
  } = await query.graph(
    { entity: "warranty_registration", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return registration
}

/** Query filters of the list and the export: columns, `q` over serial / product / SKU / customer, end date range. */
export function warrantyListFilters(filterable: Record<string, unknown>) {
  const { q, ends_before, ends_after, policy_id, ...filters } = filterable as Record<string, any>
  const out: Record<string, unknown> = { ...filters }
  if (policy_id) {
    out.policy_id = policy_id
  }
  if (ends_before || ends_after) {
    out.ends_at = {
      ...(ends_before ? { $lt: new Date(ends_before) } : {}),
      ...(ends_after ? { $gte: new Date(ends_after) } : {}),
    }
  }
  if (q) {
    const like = { $ilike: `%${q}%` }
    const number = Number(String(q).replace(/^#/, ""))
    out.$or = [
      { serial_number: like },
      { product_title: like },
      { sku: like },
      { customer_email: like },
      { customer_name: like },
      ...(Number.isInteger(number) && number > 0 ? [{ order_display_id: number }] : []),
    ]
  }
  return out
}
