import { defineLink } from "@medusajs/framework/utils"
import InventoryModule from "@medusajs/medusa/inventory"
import SparePartsModule from "../modules/spare-parts"

/** Read-only: `spare_part.inventory_item_id` is the host inventory item holding its stock. */
export default defineLink(
  { linkable: SparePartsModule.linkable.sparePart, field: "inventory_item_id" },
  InventoryModule.linkable.inventoryItem,
  { readOnly: true }
)
