import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REPAIR_MODULE } from "../../../../../modules/repair"
import RepairModuleService from "../../../../../modules/repair/service"
import { refetchRepairOrder } from "../../helpers"
import { uploadRepairPhotos } from "../../photo-upload"

/** Adds photos (multipart field `files`) to a repair order; answers `{ photos, repair_order }`. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const repair: RepairModuleService = req.scope.resolve(REPAIR_MODULE)
  const order = await repair.retrieveRepairOrder(req.params.id)
  const photos = await uploadRepairPhotos(req, order)
  res.status(201).json({ photos, repair_order: await refetchRepairOrder(req, order.id) })
}
