import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService from "../../../modules/repair/service"

export type RepairPhoto = {
  id: string
  url: string
  name: string
  mime_type: string | null
  uploaded_by: "user" | "customer" | "system" | "api-key"
  uploaded_at: string
}

/** Adds uploaded files to the repair's photos; rolling back puts the previous list back. */
export const appendRepairPhotosStep = createStep(
  "append-repair-photos",
  async (input: { repair_order_id: string; photos: RepairPhoto[] }, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const order = await repair.retrieveRepairOrder(input.repair_order_id)
    const previous = (Array.isArray(order.photos) ? order.photos : []) as RepairPhoto[]
    const after = await repair.updateRepairOrderIfVersion(order.id, null, {
      photos: [...previous, ...input.photos],
    })
    return new StepResponse(after, { id: order.id, photos: previous })
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.updateRepairOrderIfVersion(restore.id, null, { photos: restore.photos })
  }
)
