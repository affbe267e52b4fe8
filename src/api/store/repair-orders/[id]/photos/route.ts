import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isTerminalCategory } from "../../../../../lib/process/pipeline"
import type { StageCategory } from "../../../../../lib/process/types"
import { uploadRepairPhotos } from "../../../../admin/repair-orders/photo-upload"
import { assertOwnRepairOrder, retrieveStoreRepairOrder } from "../../helpers"

/** Adds photos of the unit (multipart field `files`) to the customer's own open repair. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await assertOwnRepairOrder(req, req.params.id)
  if (isTerminalCategory(order.stage_category as StageCategory)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Repair ${order.number} is closed; photos can no longer be added.`
    )
  }
  const photos = await uploadRepairPhotos(req, order)
  res.status(201).json({ photos, repair_order: await retrieveStoreRepairOrder(req, order.id) })
}
