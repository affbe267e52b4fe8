import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveStoreRepairOrder } from "../helpers"

/** One of the customer's repairs with its public timeline. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ repair_order: await retrieveStoreRepairOrder(req, req.params.id) })
}
