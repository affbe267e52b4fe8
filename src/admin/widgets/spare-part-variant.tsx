import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProductVariant, DetailWidgetProps } from "@medusajs/framework/types"

import { PermissionGate } from "../components/permission-gate"
import { LinkedSparePart } from "../components/spare-parts/linked-spare-part"

/** On a product variant: the spare part it sells, or "make this a spare part" (spare_parts:read). */
const SparePartVariantWidget = ({ data }: DetailWidgetProps<AdminProductVariant>) =>
  data?.id ? (
    <PermissionGate permission="spare_parts:read">
      <LinkedSparePart
        filter={{ variant_id: data.id }}
        variant={{
          id: data.id,
          sku: data.sku ?? null,
          title: data.title ?? "",
          product: data.product ? { id: data.product.id, title: data.product.title } : null,
        }}
      />
    </PermissionGate>
  ) : null

export const config = defineWidgetConfig({
  zone: "product_variant.details.after",
})

export default SparePartVariantWidget
