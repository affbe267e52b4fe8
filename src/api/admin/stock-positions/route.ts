import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getStockPositions } from "../../../workflows/spare-parts/stock-positions"
import { AdminGetStockPositionsParamsType } from "./validators"

/**
 * Stock per part and location from the host inventory levels: on hand, reserved, available,
 * incoming, reorder point, suggested quantity and status; filters for location, low stock
 * (below_reorder_point) and stockouts (status=stockout).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetStockPositionsParamsType>,
  res: MedusaResponse
) => {
  const params = req.validatedQuery as AdminGetStockPositionsParamsType
  const needle = params.q?.toLowerCase()
  const positions = (
    await getStockPositions(req.scope, {
      part_ids: params.part_id,
      location_ids: params.location_id,
    })
  ).filter(
    (position) =>
      (!params.status || params.status.includes(position.status)) &&
      (!params.below_reorder_point ||
        (position.reorder_point !== null && position.available <= position.reorder_point)) &&
      (!needle ||
        position.part_number.toLowerCase().includes(needle) ||
        position.part_name.toLowerCase().includes(needle))
  )
  res.json({
    stock_positions: positions.slice(params.offset, params.offset + params.limit),
    count: positions.length,
    offset: params.offset,
    limit: params.limit,
  })
}
