import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService from "../../../modules/repair/service"

export type CreateRepairWorkLogInput = {
  repair_order_id: string
  technician_id: string | null
  author_id: string | null
  note: string
  minutes: number
  started_at: Date | string | null
}

/** Stores a work log entry; rolling back deletes it. */
export const createRepairWorkLogStep = createStep(
  "create-repair-work-log",
  async (input: CreateRepairWorkLogInput, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const log = await repair.createRepairWorkLogs(input as any)
    return new StepResponse(log, log.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteRepairWorkLogs(id)
  }
)
