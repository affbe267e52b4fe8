import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairCostView } from "../costs/helpers"

/** `{ part_line, costs }` after a change: the line as asked for by `fields`, the new totals. */
export async function respondWithPartLine(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  lineId: string,
  status = 200
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [line],
  } = await query.graph({
    entity: "repair_part_line",
    fields: req.queryConfig.fields,
    filters: { id: lineId },
  })
  const { costs } = await repairCostView(req.scope, req.params.id)
  res.status(status).json({ part_line: line, costs })
}
