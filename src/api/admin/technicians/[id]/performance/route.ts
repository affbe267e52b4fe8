import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REPAIR_MODULE } from "../../../../../modules/repair"
import RepairModuleService from "../../../../../modules/repair/service"
import { loadTechnicianPerformance } from "../../../../../workflows/repair/technician-figures"
import { assertTechnicianId } from "../../helpers"
import { AdminTechnicianPerformanceParamsType } from "../../validators"

/** Live figures from repair data; `from`/`to` limit the jobs counted by completion date. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminTechnicianPerformanceParamsType>,
  res: MedusaResponse
) => {
  const id = req.params.id
  assertTechnicianId(id)
  const { from, to } = req.validatedQuery as AdminTechnicianPerformanceParamsType
  if (from && to && to < from) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "to must not be before from.")
  }
  const repair: RepairModuleService = req.scope.resolve(REPAIR_MODULE)
  await repair.retrieveTechnician(id, { select: ["id"] })
  const figures = await loadTechnicianPerformance(req.scope, [id], { from, to })
  res.json({
    performance: {
      technician_id: id,
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
      ...figures.get(id),
    },
  })
}
