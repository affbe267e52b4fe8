import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { repairCostView } from "./helpers"

/**
 * `{ costs, part_lines, labour_lines }`: the totals at cost and price, covered and customer
 * amounts, and every line with its own amounts.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await repairCostView(req.scope, req.params.id))
}
