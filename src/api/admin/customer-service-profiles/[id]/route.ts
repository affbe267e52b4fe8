import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { refetchCustomerServiceProfile } from "../helpers"

/** `:id` is the host customer's id. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    customer_service_profile: await refetchCustomerServiceProfile(req, req.params.id),
  })
}
