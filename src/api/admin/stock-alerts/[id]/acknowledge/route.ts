import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeStockAlert } from "../../helpers"
import { AdminChangeStockAlertType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminChangeStockAlertType>,
  res: MedusaResponse
) => changeStockAlert(req, res, "acknowledge")
