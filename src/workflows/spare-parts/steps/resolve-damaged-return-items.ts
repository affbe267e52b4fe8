import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { damagedReturnQuantities } from "../../../lib/spare-parts/scrap"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

export type DamagedReturnScrap = {
  part_id: string
  location_id: string
  quantity: number
  reason: "defective_return"
  in_stock: false
  source_type: "return"
  source_id: string
  notes: string
  metadata: Record<string, unknown>
}

/**
 * The scrap requests a received return calls for: damaged units of spare-part variants that
 * no request of this return covers yet (a return received in several goes raises the event
 * each time, so only the difference is requested). Damaged units are not restocked by the
 * host, hence `in_stock: false`. Read only.
 */
export const resolveDamagedReturnItemsStep = createStep(
  "resolve-damaged-return-items",
  async (input: { order_id: string; return_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const {
      data: [orderReturn],
    } = await query.graph({
      entity: "return",
      fields: [
        "id",
        "display_id",
        "location_id",
        "items.id",
        "items.damaged_quantity",
        "items.item.variant_id",
      ],
      filters: { id: input.return_id },
    })
    if (!orderReturn) {
      return new StepResponse([] as DamagedReturnScrap[])
    }
    const items = (orderReturn.items ?? []).map((item: any) => ({
      return_item_id: item.id,
      variant_id: item.item?.variant_id ?? null,
      damaged_quantity: Number(item.damaged_quantity ?? 0),
    }))
    const variantIds = [...new Set(items.map((item) => item.variant_id).filter(Boolean))] as string[]
    if (!variantIds.length) {
      return new StepResponse([] as DamagedReturnScrap[])
    }
    const parts = await spareParts.listSpareParts(
      { variant_id: variantIds },
      { select: ["id", "variant_id", "inventory_item_id"], take: null }
    )
    const wanted = damagedReturnQuantities(
      items,
      new Map(parts.map((part) => [part.variant_id as string, part.id]))
    )
    if (!wanted.length) {
      return new StepResponse([] as DamagedReturnScrap[])
    }
    const existing = await spareParts.listScrapRequests(
      { source_type: "return", source_id: input.return_id },
      { select: ["part_id", "quantity"], take: null }
    )
    let locationId: string | null = orderReturn.location_id ?? null
    if (!locationId) {
      const [level] = await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels(
          { inventory_item_id: parts.find((part) => part.id === wanted[0].part_id)!.inventory_item_id },
          { take: 1 }
        )
      locationId = level?.location_id ?? null
    }
    if (!locationId) {
      return new StepResponse([] as DamagedReturnScrap[])
    }
    const requests: DamagedReturnScrap[] = []
    for (const entry of wanted) {
      const covered = existing
        .filter((request) => request.part_id === entry.part_id)
        .reduce((sum, request) => sum + request.quantity, 0)
      const quantity = entry.quantity - covered
      if (quantity > 0) {
        requests.push({
          part_id: entry.part_id,
          location_id: locationId,
          quantity,
          reason: "defective_return",
          in_stock: false,
          source_type: "return",
          source_id: input.return_id,
          notes: `Received as damaged on return ${orderReturn.display_id ?? input.return_id}.`,
          metadata: { order_id: input.order_id, return_item_ids: entry.return_item_ids },
        })
      }
    }
    return new StepResponse(requests)
  }
)
