import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recomputeCustomerServiceProfilesWorkflow } from "../../../../../workflows/helpdesk/workflows/recompute-customer-service-profiles"
import { auditContextFrom } from "../../../../utils/audit-context"
import { refetchCustomerServiceProfile } from "../../helpers"

/** Classifies one customer now (`:id` is the customer id) and answers the profile. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { id: req.params.id },
  })
  if (!customers.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${req.params.id} was not found.`)
  }
  await recomputeCustomerServiceProfilesWorkflow(req.scope).run({
    input: { customer_ids: [req.params.id], audit: auditContextFrom(req) },
  })
  res.json({
    customer_service_profile: await refetchCustomerServiceProfile(req, req.params.id),
  })
}
