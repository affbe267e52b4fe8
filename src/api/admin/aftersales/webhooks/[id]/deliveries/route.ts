import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listAftersalesWebhookDeliveries } from "../../helpers"
import { AdminGetWebhookDeliveriesParamsType } from "../../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetWebhookDeliveriesParamsType>,
  res: MedusaResponse
) => {
  res.json(await listAftersalesWebhookDeliveries(req, req.params.id))
}
