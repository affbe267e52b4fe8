import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService, { RepairOrderRecord } from "../../../modules/repair/service"

export type RepairOrderUpdate = {
  id: string
  /**
   * The version the change was decided on: applies only if the order still has it (409
   * otherwise). Undefined: the version read here. Null: no check.
   */
  expected_version?: number | null
  changes: Record<string, unknown>
}

export type AppliedRepairOrderUpdate = { before: RepairOrderRecord; after: RepairOrderRecord }

type Compensation = { id: string; restore: Record<string, unknown> }[]

/**
 * Changes repair orders with optimistic concurrency (updateRepairOrderIfVersion). The
 * compensation puts the changed fields back.
 */
export const updateRepairOrdersStep = createStep(
  "update-repair-orders",
  async (updates: RepairOrderUpdate[], { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const applied: AppliedRepairOrderUpdate[] = []
    const compensation: Compensation = []
    try {
      for (const update of updates) {
        const before = await repair.retrieveRepairOrder(update.id)
        const expected =
          update.expected_version === undefined ? before.version : update.expected_version
        const after = await repair.updateRepairOrderIfVersion(update.id, expected, update.changes)
        applied.push({ before, after })
        compensation.push({
          id: update.id,
          restore: Object.fromEntries(
            Object.keys(update.changes)
              .filter((key) => update.changes[key] !== undefined)
              .map((key) => [key, (before as any)[key] ?? null])
          ),
        })
      }
    } catch (error) {
      for (const { id, restore } of compensation.reverse()) {
        await repair.updateRepairOrderIfVersion(id, null, restore)
      }
      throw error
    }
    return new StepResponse(applied, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation?.length) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    for (const { id, restore } of [...compensation].reverse()) {
      await repair.updateRepairOrderIfVersion(id, null, restore)
    }
  }
)
