import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { SPARE_PARTS_MODULE } from "../../src/modules/spare-parts"
import SparePartsModuleService from "../../src/modules/spare-parts/service"

/** A host stock location. */
export async function createLocation(container: MedusaContainer, name: string) {
  const { result } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name }] },
  })
  return result[0]
}

/** A spare part on its own host inventory item, with no stock anywhere yet. */
export async function createBarePart(
  container: MedusaContainer,
  partNumber: string,
  extra: Record<string, unknown> = {}
) {
  const inventory = container.resolve(Modules.INVENTORY)
  const item = await inventory.createInventoryItems({ sku: partNumber, title: partNumber })
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  return await spareParts.createSpareParts({
    part_number: partNumber,
    name: `Part ${partNumber}`,
    inventory_item_id: item.id,
    compatible_product_ids: [],
    compatible_variant_ids: [],
    ...extra,
  } as any)
}

/** The host inventory level of a part's item at a location, read through the host module. */
export async function hostLevel(
  container: MedusaContainer,
  inventoryItemId: string,
  locationId: string
): Promise<{ stocked: number; reserved: number } | null> {
  const inventory = container.resolve(Modules.INVENTORY)
  const [level] = await inventory.listInventoryLevels({
    inventory_item_id: inventoryItemId,
    location_id: locationId,
  })
  return level
    ? { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
    : null
}
