import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk"
import HelpdeskModuleService from "../../../../../modules/helpdesk/service"

/** The latest recompute run with its progress (`processed` of `total`), or null. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [run] = await helpdesk.listCustomerProfileRecomputeRuns(
    {},
    { take: 1, order: { started_at: "DESC" } }
  )
  res.json({ recompute_run: run ?? null })
}
