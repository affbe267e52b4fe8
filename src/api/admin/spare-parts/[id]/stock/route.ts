import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SPARE_PARTS_MODULE } from "../../../../../modules/spare-parts"
import SparePartsModuleService from "../../../../../modules/spare-parts/service"
import { getStockPositions } from "../../../../../workflows/spare-parts/stock-positions"
import type { AdminGetPartStockParamsType } from "../../../stock-positions/validators"

/** The part's stock at every location (host inventory levels plus locations with a policy). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetPartStockParamsType
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const part = await spareParts.retrieveSparePart(req.params.id, { select: ["id"] })
  const stock_positions = await getStockPositions(req.scope, {
    part_ids: [part.id],
    location_ids: params.location_id,
  })
  const totals = stock_positions.reduce(
    (sum, position) => ({
      on_hand: sum.on_hand + position.on_hand,
      reserved: sum.reserved + position.reserved,
      available: sum.available + position.available,
      incoming: sum.incoming + position.incoming,
    }),
    { on_hand: 0, reserved: 0, available: 0, incoming: 0 }
  )
  res.json({ stock_positions, totals })
}
