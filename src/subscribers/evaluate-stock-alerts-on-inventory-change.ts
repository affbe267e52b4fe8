import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, InventoryEvents, Modules } from "@medusajs/framework/utils"
import { SPARE_PARTS_MODULE } from "../modules/spare-parts"
import SparePartsModuleService from "../modules/spare-parts/service"
import { evaluateStockAlertsWorkflow } from "../workflows/spare-parts/workflows/stock-alerts"

/**
 * A host inventory level or reservation changed (an order reserved or shipped a part, someone
 * edited stock on the host inventory page, a procurement receipt or scrap went through):
 * re-evaluate the stock alerts of that part, so early warnings do not wait for the 15-minute job.
 */
export default async function evaluateStockAlertsOnInventoryChange({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const inventory = container.resolve(Modules.INVENTORY)
  const [record] = event.name.includes("reservation-item.")
    ? await inventory.listReservationItems({ id: event.data.id }, { withDeleted: true, take: 1 })
    : await inventory.listInventoryLevels({ id: event.data.id }, { take: 1 })
  if (!record) {
    return
  }
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const [part] = await spareParts.listSpareParts(
    { inventory_item_id: record.inventory_item_id },
    { select: ["id"], take: 1 }
  )
  if (!part) {
    return
  }
  try {
    await evaluateStockAlertsWorkflow(container).run({
      input: { part_ids: [part.id], location_ids: [record.location_id] },
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`aftersales: could not evaluate stock alerts after ${event.name}: ${error.message}`)
  }
}

export const config: SubscriberConfig = {
  event: [
    InventoryEvents.INVENTORY_LEVEL_CREATED,
    InventoryEvents.INVENTORY_LEVEL_UPDATED,
    InventoryEvents.RESERVATION_ITEM_CREATED,
    InventoryEvents.RESERVATION_ITEM_UPDATED,
    InventoryEvents.RESERVATION_ITEM_DELETED,
  ],
  context: { subscriberId: "aftersales-evaluate-stock-alerts-on-inventory-change" },
}
