import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService from "../../../modules/repair/service"

export type ReleaseRepairPartsStepInput = {
  repair_order_id: string
}

export type ReleasedRepairPartLine = {
  id: string
  spare_part_id: string
  part_number: string
  status: string
  reservation_id: string | null
  quantity: number
}

type Compensation = {
  lines: ReleasedRepairPartLine[]
  reservation_ids: string[]
  inventory_item_ids: string[]
}

async function reservationItemIds(container: MedusaContainer, reservationIds: string[]) {
  if (!reservationIds.length) {
    return []
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const reservations = await inventory.listReservationItems(
    { id: reservationIds },
    { select: ["id", "inventory_item_id"], take: null }
  )
  return [...new Set(reservations.map((reservation) => reservation.inventory_item_id))].sort()
}

/**
 * Gives back every part a repair still holds but has not used: its reserved lines' host
 * reservations are removed (the units become available again) and its planned and reserved
 * lines become `canceled`. Issued lines stay as they are (return unused units explicitly).
 * Used when a repair is canceled or its quote declined. The compensation restores the
 * reservations and the lines.
 */
export const releaseRepairPartsStep = createStep(
  "release-repair-parts",
  async (input: ReleaseRepairPartsStepInput, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const lines = await repair.listRepairPartLines(
      { repair_order_id: input.repair_order_id, status: ["planned", "reserved"] } as any,
      { take: null }
    )
    if (!lines.length) {
      return new StepResponse([] as ReleasedRepairPartLine[], {
        lines: [],
        reservation_ids: [],
        inventory_item_ids: [],
      } as Compensation)
    }
    const released: ReleasedRepairPartLine[] = lines.map((line) => ({
      id: line.id,
      spare_part_id: line.spare_part_id,
      part_number: line.part_number,
      status: line.status,
      reservation_id: line.reservation_id ?? null,
      quantity: line.quantity,
    }))
    const reservationIds = released
      .map((line) => line.reservation_id)
      .filter((id): id is string => !!id)
    const inventoryItemIds = await reservationItemIds(container, reservationIds)
    if (inventoryItemIds.length) {
      const inventory = container.resolve(Modules.INVENTORY)
      const locking = container.resolve(Modules.LOCKING)
      await locking.execute(inventoryItemIds, async () => {
        await inventory.softDeleteReservationItems(reservationIds)
      })
    }
    try {
      await repair.updateRepairPartLines(
        released.map((line) => ({ id: line.id, status: "canceled" as const, reservation_id: null }))
      )
    } catch (error) {
      if (inventoryItemIds.length) {
        await container.resolve(Modules.INVENTORY).restoreReservationItems(reservationIds)
      }
      throw error
    }
    return new StepResponse(released, {
      lines: released,
      reservation_ids: reservationIds,
      inventory_item_ids: inventoryItemIds,
    } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation?.lines.length) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    if (compensation.reservation_ids.length && compensation.inventory_item_ids.length) {
      const inventory = container.resolve(Modules.INVENTORY)
      const locking = container.resolve(Modules.LOCKING)
      await locking.execute(compensation.inventory_item_ids, async () => {
        await inventory.restoreReservationItems(compensation.reservation_ids)
      })
    }
    await repair.updateRepairPartLines(
      compensation.lines.map((line) => ({
        id: line.id,
        status: line.status as any,
        reservation_id: line.reservation_id,
      }))
    )
  }
)
