import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listEndpointDeliveries } from "../../helpers"
import { AdminGetWebhookDeliveriesParamsType } from "../../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetWebhookDeliveriesParamsType>,
  res: MedusaResponse
) => {
  res.json(await listEndpointDeliveries(req, req.params.id))
}
