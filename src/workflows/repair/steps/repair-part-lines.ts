import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PartLineAction, partLineActionError, warrantyCoverage } from "../../../lib/repair/costs"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService from "../../../modules/repair/service"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import { assertRepairOpenForCosts, CostRepairOrder, loadCostRepairOrder } from "./repair-cost-helpers"

/** Seconds to wait for another stock change on the same item (as the stock movements do). */
const LOCK_TIMEOUT_SECONDS = 15

export type PartLineRepairSummary = Pick<CostRepairOrder, "id" | "number" | "version" | "currency_code">

function summary(order: CostRepairOrder): PartLineRepairSummary {
  return { id: order.id, number: order.number, version: order.version, currency_code: order.currency_code }
}

async function loadPart(container: MedusaContainer, id: string) {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const [part] = await spareParts.listSpareParts(
    { id },
    {
      select: ["id", "part_number", "name", "status", "unit_cost", "currency_code", "variant_id", "inventory_item_id"],
      take: 1,
    }
  )
  if (!part) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Spare part with id: ${id} was not found`)
  }
  return part
}

async function loadLocation(container: MedusaContainer, id: string) {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const [location] = await stockLocations.listStockLocations({ id }, { select: ["id", "name"], take: 1 })
  if (!location) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location with id: ${id} was not found`)
  }
  return location
}

/** The part's selling price: its host variant's price in the repair's currency, if it has one. */
async function variantPrice(
  container: MedusaContainer,
  variantId: string | null | undefined,
  currencyCode: string
): Promise<number | null> {
  if (!variantId) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "price_set.prices.amount", "price_set.prices.currency_code", "price_set.prices.min_quantity"],
    filters: { id: variantId },
  })
  const prices: any[] = (data[0] as any)?.price_set?.prices ?? []
  const match = prices
    .filter((price) => String(price.currency_code).toLowerCase() === currencyCode.toLowerCase())
    .sort((a, b) => Number(a.min_quantity ?? 0) - Number(b.min_quantity ?? 0))[0]
  return match ? Number(match.amount) : null
}

export type PrepareAddPartLineInput = {
  repair_order_id: string
  spare_part_id: string
  quantity: number
  location_id?: string | null
  covered?: boolean | null
  note?: string | null
}

/**
 * Decides a new planned part line: the repair must be open, the part known and not obsolete,
 * the location the repair's unless given. unit_cost is the part's cost, unit_price its host
 * variant's price in the repair currency (the cost when the part is not sold), `covered`
 * defaults to what the warranty snapshot covers for parts.
 */
export const prepareAddRepairPartLineStep = createStep(
  "prepare-add-repair-part-line",
  async (input: PrepareAddPartLineInput, { container }) => {
    const order = await loadCostRepairOrder(container, input.repair_order_id)
    assertRepairOpenForCosts(order)
    const part = await loadPart(container, input.spare_part_id)
    if (part.status === "obsolete") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Spare part ${part.part_number} is obsolete and cannot be planned for a repair.`
      )
    }
    const locationId = input.location_id ?? order.location_id
    if (!locationId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Repair order ${order.number} has no location: name the stock location the part comes from (location_id).`
      )
    }
    await loadLocation(container, locationId)
    const unitCost = Number(part.unit_cost ?? 0)
    const price = await variantPrice(container, part.variant_id, order.currency_code)
    return new StepResponse({
      order: summary(order),
      line: {
        repair_order_id: order.id,
        spare_part_id: part.id,
        part_number: part.part_number,
        name: part.name,
        location_id: locationId,
        quantity: input.quantity,
        status: "planned" as const,
        unit_cost: unitCost,
        unit_price: price ?? unitCost,
        covered: input.covered ?? warrantyCoverage(order).parts,
        note: input.note ?? null,
      },
    })
  }
)

export const createRepairPartLineStep = createStep(
  "create-repair-part-line",
  async (line: Record<string, unknown>, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const created = await repair.createRepairPartLines(line as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteRepairPartLines(id)
  }
)

export type PreparePartLineActionInput = {
  repair_order_id: string
  line_id: string
  action: PartLineAction
  quantity?: number
}

export type PreparedPartLineAction = {
  order: PartLineRepairSummary
  line: {
    id: string
    spare_part_id: string
    part_number: string
    location_id: string
    quantity: number
    quantity_issued: number
    quantity_returned: number
    status: string
    reservation_id: string | null
    unit_cost: number
  }
  inventory_item_id: string
  location_name: string
}

/** Loads a line of the repair (404 otherwise) and checks the action fits its status (400). */
export const prepareRepairPartLineActionStep = createStep(
  "prepare-repair-part-line-action",
  async (input: PreparePartLineActionInput, { container }) => {
    const order = await loadCostRepairOrder(container, input.repair_order_id)
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const [line] = await repair.listRepairPartLines(
      { id: input.line_id, repair_order_id: order.id } as any,
      { take: 1 }
    )
    if (!line) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Part line with id: ${input.line_id} was not found on repair order ${order.number}`
      )
    }
    // Unused parts can still go back to stock after the repair is finished.
    if (input.action !== "return") {
      assertRepairOpenForCosts(order)
    }
    const problem = partLineActionError(input.action, line, input.quantity)
    if (problem) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    }
    const part = await loadPart(container, line.spare_part_id)
    const location = await loadLocation(container, line.location_id)
    const prepared: PreparedPartLineAction = {
      order: summary(order),
      line: {
        id: line.id,
        spare_part_id: line.spare_part_id,
        part_number: line.part_number,
        location_id: line.location_id,
        quantity: line.quantity,
        quantity_issued: line.quantity_issued,
        quantity_returned: line.quantity_returned,
        status: line.status,
        reservation_id: line.reservation_id ?? null,
        unit_cost: Number(line.unit_cost ?? 0),
      },
      inventory_item_id: part.inventory_item_id,
      location_name: location.name,
    }
    return new StepResponse(prepared)
  }
)

export type ReserveRepairPartInput = {
  repair_order: { id: string; number: string }
  line_id: string
  part_number: string
  inventory_item_id: string
  location_id: string
  location_name: string
  quantity: number
}

/**
 * Sets units aside with a host reservation (reserved quantity of the inventory level goes up).
 * The availability check (stocked − reserved) and the reservation run under the item's host
 * lock, so the last unit goes to one caller only. The compensation deletes the reservation.
 */
export const reserveRepairPartStep = createStep(
  "reserve-repair-part",
  async (input: ReserveRepairPartInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const reservation = await locking.execute(
      [input.inventory_item_id],
      async () => {
        const [level] = await inventory.listInventoryLevels(
          { inventory_item_id: input.inventory_item_id, location_id: input.location_id },
          { take: 1 }
        )
        const available = level
          ? Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)
          : 0
        if (available < input.quantity) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Not enough stock of ${input.part_number} at ${input.location_name} to reserve: ${Math.max(available, 0)} available, ${input.quantity} requested.`
          )
        }
        return await inventory.createReservationItems({
          inventory_item_id: input.inventory_item_id,
          location_id: input.location_id,
          quantity: input.quantity,
          description: `Repair ${input.repair_order.number}`,
          external_id: input.repair_order.id,
          metadata: { repair_order_id: input.repair_order.id, repair_part_line_id: input.line_id },
        })
      },
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
    return new StepResponse(
      { id: reservation.id },
      { id: reservation.id, inventory_item_id: input.inventory_item_id }
    )
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute([created.inventory_item_id], async () => {
      await inventory.deleteReservationItems([created.id])
    })
  }
)

/**
 * Removes a line's host reservation (soft delete; no-op without one). The compensation
 * restores the same reservation.
 */
export const removeRepairPartReservationStep = createStep(
  "remove-repair-part-reservation",
  async (input: { reservation_id: string | null; inventory_item_id: string }, { container }) => {
    if (!input.reservation_id) {
      return new StepResponse(null, null)
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute([input.inventory_item_id], async () => {
      await inventory.softDeleteReservationItems([input.reservation_id!])
    })
    return new StepResponse(input.reservation_id, {
      id: input.reservation_id,
      inventory_item_id: input.inventory_item_id,
    })
  },
  async (removed, { container }) => {
    if (!removed) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute([removed.inventory_item_id], async () => {
      await inventory.restoreReservationItems([removed.id])
    })
  }
)

/** Changes a part line; the compensation puts the changed fields back. */
export const updateRepairPartLineStep = createStep(
  "update-repair-part-line",
  async (input: { id: string; changes: Record<string, unknown> }, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const before = await repair.retrieveRepairPartLine(input.id)
    const after = await repair.updateRepairPartLines({ id: input.id, ...input.changes } as any)
    const restore = Object.fromEntries(
      Object.keys(input.changes).map((key) => [key, (before as any)[key] ?? null])
    )
    return new StepResponse({ before, after }, { id: input.id, restore })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.updateRepairPartLines({ id: compensation.id, ...compensation.restore } as any)
  }
)
