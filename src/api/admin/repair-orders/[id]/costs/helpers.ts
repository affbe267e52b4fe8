import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { computeRepairCosts, labourLineAmounts, partLineAmounts } from "../../../../../lib/repair/costs"

export const REPAIR_PART_LINE_FIELDS = [
  "id",
  "spare_part_id",
  "part_number",
  "name",
  "location_id",
  "quantity",
  "quantity_issued",
  "quantity_returned",
  "status",
  "reservation_id",
  "unit_cost",
  "unit_price",
  "covered",
  "note",
  "created_at",
  "updated_at",
]

export const REPAIR_LABOUR_LINE_FIELDS = [
  "id",
  "technician_id",
  "description",
  "hours",
  "hourly_cost",
  "hourly_price",
  "covered",
  "created_at",
  "updated_at",
]

/**
 * The costs of a repair with every line and its amounts (cost, price, what the customer
 * pays). 404 when the repair does not exist.
 */
export async function repairCostView(scope: MedusaContainer, repairOrderId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "repair_order",
    fields: [
      "id",
      "number",
      "currency_code",
      "warranty_status",
      "quote_status",
      "quote_amount",
      ...REPAIR_PART_LINE_FIELDS.map((field) => `part_lines.${field}`),
      ...REPAIR_LABOUR_LINE_FIELDS.map((field) => `labour_lines.${field}`),
    ],
    filters: { id: repairOrderId },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair order with id: ${repairOrderId} was not found`)
  }
  const record = order as any
  const partLines = ((record.part_lines ?? []) as any[])
    .filter(Boolean)
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const labourLines = ((record.labour_lines ?? []) as any[])
    .filter(Boolean)
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const costs = computeRepairCosts({
    currency_code: record.currency_code,
    part_lines: partLines,
    labour_lines: labourLines,
  })
  return {
    costs,
    part_lines: partLines.map((line) => ({ ...line, amounts: partLineAmounts(line) })),
    labour_lines: labourLines.map((line) => ({ ...line, amounts: labourLineAmounts(line) })),
  }
}
