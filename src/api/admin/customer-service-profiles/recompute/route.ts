import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { startCustomerProfileRecomputeWorkflow } from "../../../../workflows/helpdesk/workflows/start-customer-profile-recompute"
import { auditContextFrom } from "../../../utils/audit-context"

/** Starts recomputing every customer's profile in the background; poll `recompute/status`. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  try {
    const { result } = await startCustomerProfileRecomputeWorkflow(req.scope).run({
      input: { trigger: "admin", in_background: true, audit: auditContextFrom(req) },
    })
    res.status(202).json({ recompute_run: result })
  } catch (error) {
    // Medusa's error handler swaps CONFLICT messages for one about idempotency keys; the
    // admin needs to hear that a run is already going, so the 409 keeps its message.
    if (error?.type === MedusaError.Types.CONFLICT) {
      throw Object.assign(new Error(error.message), { status: 409, statusCode: 409, expose: true })
    }
    throw error
  }
}
