import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { reorderLevel, suggestOrderQuantity } from "../../lib/spare-parts/reorder-policy"
import { stockStatus } from "../../lib/spare-parts/stock"
import { SPARE_PARTS_MODULE } from "../../modules/spare-parts"
import SparePartsModuleService from "../../modules/spare-parts/service"

export type StockPosition = {
  part_id: string
  part_number: string
  part_name: string
  inventory_item_id: string
  location_id: string
  location_name: string | null
  /** Host stocked quantity. */
  on_hand: number
  /** Host reserved quantity (open orders). */
  reserved: number
  /** on_hand − reserved: what can be issued. */
  available: number
  /** Units on open purchase orders for this location, not yet received. */
  incoming: number
  reorder_point: number | null
  /** Units the reorder policy suggests to requisition now (0 without a policy). */
  suggested_quantity: number
  status: "ok" | "low_stock" | "stockout"
}

/**
 * Stock per part and host stock location: one row per host inventory level of the part's
 * item and per location where the part has a reorder policy but no level yet (all zero).
 * The numbers come from the host Inventory module; this plugin keeps none of its own.
 * Not a module service method: the spare-parts module cannot reach the Inventory module.
 */
export async function getStockPositions(
  container: MedusaContainer,
  filter: { part_ids?: string[]; location_ids?: string[] } = {}
): Promise<StockPosition[]> {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const parts = await spareParts.listSpareParts(
    filter.part_ids ? { id: filter.part_ids } : {},
    { select: ["id", "part_number", "name", "inventory_item_id"], take: null }
  )
  if (!parts.length) {
    return []
  }
  const locationFilter = filter.location_ids ? { location_id: filter.location_ids } : {}
  const inventory = container.resolve(Modules.INVENTORY)
  const [levels, policies] = await Promise.all([
    inventory.listInventoryLevels(
      { inventory_item_id: parts.map((part) => part.inventory_item_id), ...locationFilter },
      { take: null }
    ),
    spareParts.listReorderPolicies(
      { part_id: parts.map((part) => part.id), ...locationFilter } as any,
      { take: null }
    ),
  ])
  const key = (partId: string, locationId: string) => `${partId}:${locationId}`
  const incoming = new Map(
    (
      await spareParts.listIncomingQuantities({
        part_ids: parts.map((part) => part.id),
        location_ids: filter.location_ids,
      })
    ).map((row) => [key(row.part_id, row.location_id), row.incoming])
  )
  const policyByKey = new Map(
    policies.map((policy: any) => [key(policy.part_id, policy.location_id), policy])
  )
  const partByItem = new Map(parts.map((part) => [part.inventory_item_id, part]))
  const partById = new Map(parts.map((part) => [part.id, part]))

  const rows = new Map<string, { part_id: string; location_id: string; on_hand: number; reserved: number }>()
  for (const level of levels) {
    const part = partByItem.get(level.inventory_item_id)
    if (part) {
      rows.set(key(part.id, level.location_id), {
        part_id: part.id,
        location_id: level.location_id,
        on_hand: Number(level.stocked_quantity ?? 0),
        reserved: Number(level.reserved_quantity ?? 0),
      })
    }
  }
  for (const policy of policies as any[]) {
    const k = key(policy.part_id, policy.location_id)
    if (!rows.has(k)) {
      rows.set(k, { part_id: policy.part_id, location_id: policy.location_id, on_hand: 0, reserved: 0 })
    }
  }

  const locationIds = [...new Set([...rows.values()].map((row) => row.location_id))]
  const locations = locationIds.length
    ? await container
        .resolve(Modules.STOCK_LOCATION)
        .listStockLocations({ id: locationIds }, { select: ["id", "name"], take: null })
    : []
  const locationName = new Map(locations.map((location) => [location.id, location.name]))

  return [...rows.values()]
    .map((row) => {
      const part = partById.get(row.part_id)!
      const policy = policyByKey.get(key(row.part_id, row.location_id))
      const available = row.on_hand - row.reserved
      const incomingUnits = incoming.get(key(row.part_id, row.location_id)) ?? 0
      const reorderPoint = policy ? reorderLevel(policy) : null
      return {
        part_id: part.id,
        part_number: part.part_number,
        part_name: part.name,
        inventory_item_id: part.inventory_item_id,
        location_id: row.location_id,
        location_name: locationName.get(row.location_id) ?? null,
        on_hand: row.on_hand,
        reserved: row.reserved,
        available,
        incoming: incomingUnits,
        reorder_point: reorderPoint,
        suggested_quantity: policy
          ? suggestOrderQuantity({ policy, available, incoming: incomingUnits }).quantity
          : 0,
        status: stockStatus(available, reorderPoint),
      }
    })
    .sort(
      (a, b) =>
        a.part_number.localeCompare(b.part_number) ||
        (a.location_name ?? "").localeCompare(b.location_name ?? "")
    )
}
