import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

/** One sale ledger row to write: the units of a part a host fulfilment shipped from a location. */
export type SaleMovement = {
  part_id: string
  inventory_item_id: string
  location_id: string
  /** Negative: units that left stock. */
  quantity: number
  order_id: string
  fulfillment_id: string
  occurred_at: Date
  revenue: number
  currency_code: string
  line_item_ids: string[]
}

const saleKey = (row: { reference_id?: string | null; order_id?: string; fulfillment_id: string; part_id: string; location_id: string }) =>
  [row.order_id ?? row.reference_id, row.fulfillment_id, row.part_id, row.location_id].join("|")

type OrderWithFulfillments = {
  id: string
  currency_code: string
  items?: { id: string; unit_price: unknown }[] | null
  fulfillments?:
    | {
        id: string
        location_id: string | null
        created_at: Date | string
        canceled_at: Date | string | null
        items?: { line_item_id: string | null; inventory_item_id: string | null; quantity: unknown }[] | null
      }[]
    | null
}

export const ORDER_SALE_FIELDS = [
  "id",
  "currency_code",
  "items.id",
  "items.unit_price",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.created_at",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
  "fulfillments.items.inventory_item_id",
  "fulfillments.items.quantity",
]

/**
 * The sale rows of host orders' fulfilments: fulfilled items whose inventory item belongs to
 * a spare part, one row per order, fulfilment, part and location. Canceled fulfilments and
 * fulfilments without a location are left out. `fulfillmentId` narrows to one fulfilment.
 */
export async function saleMovementsOf(
  container: MedusaContainer,
  orders: OrderWithFulfillments[],
  fulfillmentId?: string
): Promise<SaleMovement[]> {
  const fulfilments = orders.flatMap((order) =>
    (order.fulfillments ?? [])
      .filter((fulfillment) => !fulfillmentId || fulfillment.id === fulfillmentId)
      .filter((fulfillment) => !fulfillment.canceled_at && fulfillment.location_id)
      .map((fulfillment) => ({ order, fulfillment }))
  )
  const inventoryItemIds = [
    ...new Set(
      fulfilments.flatMap(({ fulfillment }) =>
        (fulfillment.items ?? []).map((item) => item.inventory_item_id).filter(Boolean) as string[]
      )
    ),
  ]
  if (!inventoryItemIds.length) {
    return []
  }
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const parts = await spareParts.listSpareParts(
    { inventory_item_id: inventoryItemIds },
    { select: ["id", "inventory_item_id"], take: null }
  )
  const partByItem = new Map(parts.map((part) => [part.inventory_item_id, part.id]))
  const rows = new Map<string, SaleMovement>()
  for (const { order, fulfillment } of fulfilments) {
    const unitPrice = new Map((order.items ?? []).map((item) => [item.id, Number(item.unit_price ?? 0)]))
    for (const item of fulfillment.items ?? []) {
      const partId = item.inventory_item_id ? partByItem.get(item.inventory_item_id) : undefined
      const quantity = Math.round(Number(item.quantity ?? 0))
      if (!partId || quantity <= 0) {
        continue
      }
      const row: SaleMovement = {
        part_id: partId,
        inventory_item_id: item.inventory_item_id!,
        location_id: fulfillment.location_id!,
        quantity: 0,
        order_id: order.id,
        fulfillment_id: fulfillment.id,
        occurred_at: new Date(fulfillment.created_at),
        revenue: 0,
        currency_code: order.currency_code,
        line_item_ids: [],
      }
      const existing = rows.get(saleKey(row)) ?? row
      existing.quantity -= quantity
      existing.revenue = Math.round((existing.revenue + quantity * (unitPrice.get(item.line_item_id ?? "") ?? 0)) * 100) / 100
      if (item.line_item_id) {
        existing.line_item_ids.push(item.line_item_id)
      }
      rows.set(saleKey(row), existing)
    }
  }
  return [...rows.values()]
}

/** Reads one fulfilment of an order and returns its spare-part sale rows. Read only. */
export const resolveFulfilmentSalesStep = createStep(
  "resolve-fulfilment-sales",
  async (input: { order_id: string; fulfillment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ORDER_SALE_FIELDS,
      filters: { id: input.order_id },
    })
    return new StepResponse(await saleMovementsOf(container, orders as OrderWithFulfillments[], input.fulfillment_id))
  }
)

const isUniqueViolation = (error: unknown) =>
  /duplicate key|unique constraint|already exists/i.test(String((error as Error)?.message ?? ""))

/**
 * Writes the sale rows that are not in the ledger yet (the same fulfilment recorded twice,
 * by a repeated event or the backfill, gives the rows once; a unique index backs this up
 * under concurrency). Host inventory is NOT changed: the host's fulfilment already did.
 */
export const recordSaleMovementsStep = createStep(
  "record-sale-movements",
  async (input: { movements: SaleMovement[]; actor: { actor_type: string; actor_id: string | null } }, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    if (!input.movements.length) {
      return new StepResponse([] as { id: string }[], [] as string[])
    }
    const existing = await spareParts.listStockMovements(
      {
        type: "sale",
        reference_type: "order",
        reference_id: [...new Set(input.movements.map((movement) => movement.order_id))],
      },
      { select: ["id", "reference_id", "part_id", "location_id", "metadata"], take: null }
    )
    const recorded = new Set(
      existing
        .filter((row) => !(row.metadata as Record<string, unknown> | null)?.reversal_of)
        .map((row) =>
          saleKey({
            reference_id: row.reference_id,
            fulfillment_id: String((row.metadata as Record<string, unknown> | null)?.fulfillment_id ?? ""),
            part_id: row.part_id,
            location_id: row.location_id,
          })
        )
    )
    const missing = input.movements.filter((movement) => !recorded.has(saleKey(movement)))
    const created: { id: string }[] = []
    for (const movement of missing) {
      try {
        const [row] = (await spareParts.createStockMovements([
          {
            part_id: movement.part_id,
            inventory_item_id: movement.inventory_item_id,
            location_id: movement.location_id,
            type: "sale",
            quantity: movement.quantity,
            reference_type: "order",
            reference_id: movement.order_id,
            actor_type: input.actor.actor_type,
            actor_id: input.actor.actor_id,
            occurred_at: movement.occurred_at,
            metadata: {
              fulfillment_id: movement.fulfillment_id,
              line_item_ids: movement.line_item_ids,
              revenue: movement.revenue,
              currency_code: movement.currency_code,
            },
          },
        ] as any)) as unknown as { id: string }[]
        created.push(row)
      } catch (error) {
        // Recorded meanwhile by a concurrent delivery of the same event: nothing to do.
        if (!isUniqueViolation(error)) {
          throw error
        }
      }
    }
    return new StepResponse(created, created.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    // The ledger is append-only: undo by appending reversing rows.
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const rows = await spareParts.listStockMovements({ id: ids }, { take: null })
    await spareParts.createStockMovements(
      rows.map((row) => ({
        part_id: row.part_id,
        inventory_item_id: row.inventory_item_id,
        location_id: row.location_id,
        type: row.type,
        quantity: -row.quantity,
        reference_type: row.reference_type,
        reference_id: row.reference_id,
        actor_type: row.actor_type,
        actor_id: row.actor_id,
        occurred_at: new Date(),
        metadata: { ...((row.metadata as Record<string, unknown>) ?? {}), reversal_of: row.id },
      })) as any
    )
  }
)
