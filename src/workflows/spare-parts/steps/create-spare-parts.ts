import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import { PreparedSparePart } from "./prepare-spare-parts-creation"

type SparePartRecord = Awaited<ReturnType<SparePartsModuleService["retrieveSparePart"]>>

/**
 * Creates the part records; parts whose host product was just created get its variant and
 * inventory item (found by SKU). The compensation deletes the parts again.
 */
export const createSparePartsStep = createStep(
  "create-spare-parts",
  async (prepared: PreparedSparePart[], { container }) => {
    if (!prepared.length) {
      return new StepResponse([] as SparePartRecord[], [] as string[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const skus = prepared.flatMap((p) => (p.sku ? [p.sku] : []))
    const createdBySku = new Map<string, { product_id: string; variant_id: string; inventory_item_id: string }>()
    if (skus.length) {
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "product_id", "inventory_items.inventory_item_id"],
        filters: { sku: skus },
      })
      for (const variant of variants) {
        const item = (variant.inventory_items ?? [])[0] as { inventory_item_id: string } | undefined
        if (item) {
          createdBySku.set(variant.sku!, {
            product_id: variant.product_id as string,
            variant_id: variant.id,
            inventory_item_id: item.inventory_item_id,
          })
        }
      }
    }
    const records = prepared.map((part) => {
      const link = part.link ?? createdBySku.get(part.sku!)
      if (!link) {
        throw new Error(`The host variant ${part.sku} was not created with an inventory item.`)
      }
      return {
        ...part.data,
        compatible_product_ids: [...new Set(part.data.compatible_product_ids ?? [])],
        compatible_variant_ids: [...new Set(part.data.compatible_variant_ids ?? [])],
        product_id: link.product_id,
        variant_id: link.variant_id,
        inventory_item_id: link.inventory_item_id,
      }
    })
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const created: SparePartRecord[] = await spareParts.createSpareParts(records as any[])
    return new StepResponse(created, created.map((part) => part.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.deleteSpareParts(ids)
  }
)
