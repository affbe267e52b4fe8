import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminInventoryItem, DetailWidgetProps } from "@medusajs/framework/types"

import { PermissionGate } from "../components/permission-gate"
import { LinkedSparePart } from "../components/spare-parts/linked-spare-part"

/** On an inventory item: the spare part stocked as it, or "make this a spare part" (spare_parts:read). */
const SparePartInventoryItemWidget = ({ data }: DetailWidgetProps<AdminInventoryItem>) =>
  data?.id ? (
    <PermissionGate permission="spare_parts:read">
      <LinkedSparePart
        filter={{ inventory_item_id: data.id }}
        inventoryItem={{ id: data.id, sku: data.sku ?? null, title: data.title ?? null }}
      />
    </PermissionGate>
  ) : null

export const config = defineWidgetConfig({
  zone: "inventory_item.details.after",
})

export default SparePartInventoryItemWidget
