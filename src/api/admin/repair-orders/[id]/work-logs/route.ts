import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addRepairWorkLogWorkflow } from "../../../../../workflows/repair/workflows/add-repair-work-log"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchRepairOrder } from "../../helpers"
import { AdminAddRepairWorkLogType } from "../../validators"

/** Logs work done on the repair by the signed-in user; answers the repair order. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddRepairWorkLogType>,
  res: MedusaResponse
) => {
  const { result } = await addRepairWorkLogWorkflow(req.scope).run({
    input: { repair_order_id: req.params.id, ...req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ work_log: result, repair_order: await refetchRepairOrder(req, req.params.id) })
}
