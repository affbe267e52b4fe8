import type { MedusaContainer } from "@medusajs/framework/types"
import type { OpenRepairPartLine, WarrantyUnit } from "../../lib/spare-parts/forward-signal-inputs"
import { REPAIR_MODULE } from "../../modules/repair"
import type RepairModuleService from "../../modules/repair/service"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

export type ForwardSignalData = {
  /** Open repair lines per part. */
  openLines: Map<string, OpenRepairPartLine[]>
  /** Warranty windows (not voided) of the products each part fits. */
  unitsByPart: Map<string, WarrantyUnit[]>
  /**
   * Repairs among the given ids that were warranty work on a registered unit: the failure rate
   * divides their consumption by the registered units' time under warranty, so repairs of
   * units the plugin has no registration for must not count.
   */
  warrantyRepairIds: Set<string>
}

const OPEN_STAGE_CATEGORIES = ["new", "open", "waiting"]

/**
 * Reads what the forward signals of the parts forecast need from the repair and warranty
 * modules: parts planned on open repairs, the warranty windows of compatible units, and which
 * repairs (referenced by ledger rows) were warranty work.
 */
export async function loadForwardSignalData(
  container: MedusaContainer,
  input: {
    parts: { id: string; compatible_product_ids: string[] | null; compatible_variant_ids: string[] | null }[]
    repairOrderIds: string[]
  }
): Promise<ForwardSignalData> {
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const partIds = input.parts.map((part) => part.id)
  const productIds = [...new Set(input.parts.flatMap((part) => part.compatible_product_ids ?? []))]
  const variantIds = [...new Set(input.parts.flatMap((part) => part.compatible_variant_ids ?? []))]
  const registrationSelect = ["id", "product_id", "variant_id", "starts_at", "ends_at", "duration_months"]
  const activeStatuses = ["pending", "active", "expired"] as any

  const [lines, warrantyRepairs, byProduct, byVariant] = await Promise.all([
    repair.listRepairPartLines(
      { spare_part_id: partIds, status: ["planned", "reserved"] as any },
      {
        select: [
          "id",
          "spare_part_id",
          "location_id",
          "quantity",
          "quantity_issued",
          "repair_order.stage_category",
          "repair_order.planned_start_at",
        ],
        relations: ["repair_order"],
        take: null,
      }
    ),
    input.repairOrderIds.length
      ? repair.listRepairOrders(
          {
            id: input.repairOrderIds,
            warranty_status: ["in_warranty", "extended"] as any,
            warranty_registration_id: { $ne: null },
          },
          { select: ["id"], take: null }
        )
      : Promise.resolve([]),
    productIds.length
      ? warranty.listWarrantyRegistrations(
          { product_id: productIds, status: activeStatuses },
          { select: registrationSelect, take: null }
        )
      : Promise.resolve([]),
    variantIds.length
      ? warranty.listWarrantyRegistrations(
          { variant_id: variantIds, status: activeStatuses },
          { select: registrationSelect, take: null }
        )
      : Promise.resolve([]),
  ])

  const openLines = new Map<string, OpenRepairPartLine[]>()
  for (const line of lines as any[]) {
    if (!OPEN_STAGE_CATEGORIES.includes(line.repair_order?.stage_category)) {
      continue
    }
    const list = openLines.get(line.spare_part_id) ?? []
    list.push({
      outstanding: Number(line.quantity) - Number(line.quantity_issued ?? 0),
      location_id: line.location_id,
      planned_at: line.repair_order?.planned_start_at ? new Date(line.repair_order.planned_start_at) : null,
    })
    openLines.set(line.spare_part_id, list)
  }

  const registrations = new Map<string, any>()
  for (const registration of [...byProduct, ...byVariant] as any[]) {
    registrations.set(registration.id, registration)
  }
  const unitsByPart = new Map<string, WarrantyUnit[]>()
  for (const part of input.parts) {
    const products = new Set(part.compatible_product_ids ?? [])
    const variants = new Set(part.compatible_variant_ids ?? [])
    const units: WarrantyUnit[] = []
    for (const registration of registrations.values()) {
      if (products.has(registration.product_id) || variants.has(registration.variant_id)) {
        units.push({
          starts_at: registration.starts_at ? new Date(registration.starts_at) : null,
          ends_at: registration.ends_at ? new Date(registration.ends_at) : null,
          duration_months: registration.duration_months,
        })
      }
    }
    unitsByPart.set(part.id, units)
  }

  return {
    openLines,
    unitsByPart,
    warrantyRepairIds: new Set(warrantyRepairs.map((row: any) => row.id)),
  }
}
