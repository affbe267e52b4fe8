import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService from "../../../modules/repair/service"
import type { RepairActivityInput } from "../types"

/** Adds timeline entries to repair orders; `is_public` ones show on the store timeline. */
export const createRepairActivitiesStep = createStep(
  "create-repair-activities",
  async (activities: RepairActivityInput[], { container }) => {
    if (!activities.length) {
      return new StepResponse([] as { id: string }[], [] as string[])
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const created: { id: string }[] = await repair.createRepairActivities(
      activities.map(({ repair_order_id, ...activity }) => ({
        ...activity,
        is_public: activity.is_public ?? false,
        repair_order_id,
      })) as any[]
    )
    return new StepResponse(created, created.map((activity) => activity.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteRepairActivities(ids)
  }
)
