import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StockMovementType } from "../../../modules/spare-parts/models/stock-movement"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

export type StockMovementInput = {
  part_id: string
  location_id: string
  type: StockMovementType
  /** Signed: + in, - out. Equals the change of the host inventory level. */
  quantity: number
  reason?: string | null
  reference_type?: string | null
  reference_id?: string | null
  transfer_id?: string | null
  unit_cost?: number | null
  metadata?: Record<string, unknown> | null
  /** When the units physically moved, if earlier than now (e.g. a sale recorded from its order). */
  occurred_at?: Date | string | null
}

export type ApplyStockMovementsStepInput = {
  movements: StockMovementInput[]
  actor: { actor_type: string; actor_id: string | null }
}

export type StockMovementRow = {
  id: string
  part_id: string
  inventory_item_id: string
  location_id: string
  type: StockMovementType
  quantity: number
  reason: string | null
  reference_type: string | null
  reference_id: string | null
  transfer_id: string | null
  unit_cost: number | null
  actor_type: string | null
  actor_id: string | null
  occurred_at: Date
  metadata: Record<string, unknown> | null
}

/** Seconds to wait for another stock change on the same item before giving up. */
const LOCK_TIMEOUT_SECONDS = 15

type LevelChange = {
  inventory_item_id: string
  location_id: string
  delta: number
}

const levelKey = (inventoryItemId: string, locationId: string) =>
  `${inventoryItemId}:${locationId}`

/**
 * The same keys the host's inventory steps lock (the inventory item id), so a movement's
 * check-and-change also excludes concurrent host reservations and fulfilments of that item.
 */
function lockKeys(inventoryItemIds: string[]): string[] {
  return [...new Set(inventoryItemIds)].sort()
}

function netChanges(changes: LevelChange[]): LevelChange[] {
  const byLevel = new Map<string, LevelChange>()
  for (const change of changes) {
    const key = levelKey(change.inventory_item_id, change.location_id)
    const existing = byLevel.get(key)
    if (existing) {
      existing.delta += change.delta
    } else {
      byLevel.set(key, { ...change })
    }
  }
  return [...byLevel.values()].filter((change) => change.delta !== 0)
}

type LevelSnapshot = { stocked: number; reserved: number; exists: boolean }

async function readLevels(
  container: MedusaContainer,
  changes: LevelChange[]
): Promise<Map<string, LevelSnapshot>> {
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels(
    {
      inventory_item_id: [...new Set(changes.map((c) => c.inventory_item_id))],
      location_id: [...new Set(changes.map((c) => c.location_id))],
    },
    { take: null }
  )
  const snapshot = new Map<string, LevelSnapshot>()
  for (const level of levels) {
    snapshot.set(levelKey(level.inventory_item_id, level.location_id), {
      stocked: Number(level.stocked_quantity ?? 0),
      reserved: Number(level.reserved_quantity ?? 0),
      exists: true,
    })
  }
  return snapshot
}

/**
 * Applies net changes to host inventory levels in one inventory transaction, creating the
 * level at a location on its first inflow. Must be called while holding the item locks.
 */
async function writeLevels(
  container: MedusaContainer,
  changes: LevelChange[],
  snapshot: Map<string, LevelSnapshot>
) {
  const inventory = container.resolve(Modules.INVENTORY)
  const missing = changes.filter(
    (change) =>
      !snapshot.get(levelKey(change.inventory_item_id, change.location_id))?.exists
  )
  if (missing.length) {
    await inventory.createInventoryLevels(
      missing.map((change) => ({
        inventory_item_id: change.inventory_item_id,
        location_id: change.location_id,
        stocked_quantity: 0,
      }))
    )
  }
  await inventory.updateInventoryLevels(
    changes.map((change) => {
      const current =
        snapshot.get(levelKey(change.inventory_item_id, change.location_id))?.stocked ?? 0
      return {
        inventory_item_id: change.inventory_item_id,
        location_id: change.location_id,
        stocked_quantity: current + change.delta,
      }
    })
  )
}

async function loadParts(container: MedusaContainer, partIds: string[]) {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const parts = await spareParts.listSpareParts(
    { id: [...new Set(partIds)] },
    { select: ["id", "part_number", "inventory_item_id"], take: null }
  )
  const byId = new Map(parts.map((part) => [part.id, part]))
  const unknown = [...new Set(partIds)].filter((id) => !byId.has(id))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Spare part with id: ${unknown.join(", ")} was not found`
    )
  }
  return byId
}

async function loadLocations(container: MedusaContainer, locationIds: string[]) {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const ids = [...new Set(locationIds)]
  const locations = await stockLocations.listStockLocations(
    { id: ids },
    { select: ["id", "name"], take: null }
  )
  const byId = new Map(locations.map((location) => [location.id, location]))
  const unknown = ids.filter((id) => !byId.has(id))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Stock location with id: ${unknown.join(", ")} was not found`
    )
  }
  return byId
}

function assertValidQuantities(movements: StockMovementInput[]) {
  for (const movement of movements) {
    if (!Number.isInteger(movement.quantity) || movement.quantity === 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A stock movement quantity must be a whole number other than zero (got ${movement.quantity}).`
      )
    }
  }
}

/**
 * Changes host inventory for a list of movements and writes one ledger row per movement,
 * all or nothing. The availability check (stocked − reserved, taking earlier movements of the
 * same call into account) and the change run under the host locks of the items, so two
 * requests issuing the last unit give one success and one NOT_ALLOWED error.
 */
export async function applyStockMovements(
  container: MedusaContainer,
  input: ApplyStockMovementsStepInput
): Promise<StockMovementRow[]> {
  const { movements, actor } = input
  if (!movements.length) {
    return []
  }
  assertValidQuantities(movements)
  const parts = await loadParts(
    container,
    movements.map((m) => m.part_id)
  )
  const locations = await loadLocations(
    container,
    movements.map((m) => m.location_id)
  )
  const changes: LevelChange[] = movements.map((movement) => ({
    inventory_item_id: parts.get(movement.part_id)!.inventory_item_id,
    location_id: movement.location_id,
    delta: movement.quantity,
  }))
  const locking = container.resolve(Modules.LOCKING)
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)

  return await locking.execute(
    lockKeys(changes.map((c) => c.inventory_item_id)),
    async () => {
      const snapshot = await readLevels(container, changes)
      const running = new Map<string, number>()
      movements.forEach((movement, index) => {
        const key = levelKey(changes[index].inventory_item_id, movement.location_id)
        const level = snapshot.get(key)
        const available = running.has(key)
          ? running.get(key)!
          : (level?.stocked ?? 0) - (level?.reserved ?? 0)
        if (movement.quantity < 0 && available + movement.quantity < 0) {
          const part = parts.get(movement.part_id)!
          const location = locations.get(movement.location_id)!
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Not enough stock of ${part.part_number} at ${location.name}: ${Math.max(available, 0)} available, ${-movement.quantity} requested.`
          )
        }
        running.set(key, available + movement.quantity)
      })

      const net = netChanges(changes)
      await writeLevels(container, net, snapshot)
      try {
        const occurredAt = new Date()
        const rows = await spareParts.createStockMovements(
          movements.map((movement, index) => ({
            part_id: movement.part_id,
            inventory_item_id: changes[index].inventory_item_id,
            location_id: movement.location_id,
            type: movement.type,
            quantity: movement.quantity,
            reason: movement.reason ?? null,
            reference_type: movement.reference_type ?? null,
            reference_id: movement.reference_id ?? null,
            transfer_id: movement.transfer_id ?? null,
            unit_cost: movement.unit_cost ?? null,
            actor_type: actor.actor_type,
            actor_id: actor.actor_id,
            occurred_at: movement.occurred_at ? new Date(movement.occurred_at) : occurredAt,
            metadata: movement.metadata ?? null,
          }))
        )
        return rows as unknown as StockMovementRow[]
      } catch (error) {
        // Nothing of a failed call may stay behind: put the levels back as they were.
        await container.resolve(Modules.INVENTORY).updateInventoryLevels(
          net.map((change) => ({
            inventory_item_id: change.inventory_item_id,
            location_id: change.location_id,
            stocked_quantity:
              snapshot.get(levelKey(change.inventory_item_id, change.location_id))
                ?.stocked ?? 0,
          }))
        )
        throw error
      }
    },
    { timeout: LOCK_TIMEOUT_SECONDS }
  )
}

/**
 * Undoes applied movements: takes the inventory change back and appends reversing ledger
 * rows (the ledger is append-only), each marked `metadata.reversal_of`.
 */
export async function reverseStockMovements(
  container: MedusaContainer,
  rows: StockMovementRow[],
  actor: { actor_type: string; actor_id: string | null }
): Promise<StockMovementRow[]> {
  if (!rows.length) {
    return []
  }
  const changes = netChanges(
    rows.map((row) => ({
      inventory_item_id: row.inventory_item_id,
      location_id: row.location_id,
      delta: -row.quantity,
    }))
  )
  const locking = container.resolve(Modules.LOCKING)
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  return await locking.execute(
    lockKeys(rows.map((row) => row.inventory_item_id)),
    async () => {
      const snapshot = await readLevels(container, changes)
      await writeLevels(container, changes, snapshot)
      const occurredAt = new Date()
      const reversals = await spareParts.createStockMovements(
        rows.map((row) => ({
          part_id: row.part_id,
          inventory_item_id: row.inventory_item_id,
          location_id: row.location_id,
          type: row.type,
          quantity: -row.quantity,
          reason: row.reason,
          reference_type: row.reference_type,
          reference_id: row.reference_id,
          transfer_id: row.transfer_id,
          unit_cost: row.unit_cost,
          actor_type: actor.actor_type,
          actor_id: actor.actor_id,
          occurred_at: occurredAt,
          metadata: { ...(row.metadata ?? {}), reversal_of: row.id },
        }))
      )
      return reversals as unknown as StockMovementRow[]
    },
    { timeout: LOCK_TIMEOUT_SECONDS }
  )
}

export const applyStockMovementsStep = createStep(
  "apply-stock-movements",
  async (input: ApplyStockMovementsStepInput, { container }) => {
    const rows = await applyStockMovements(container, input)
    return new StepResponse(rows, { rows, actor: input.actor })
  },
  async (applied, { container }) => {
    if (!applied?.rows.length) {
      return
    }
    await reverseStockMovements(container, applied.rows, applied.actor)
  }
)
