import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteReorderPolicyWorkflow } from "../../../../../../workflows/spare-parts/workflows/reorder-policies"
import { auditContextFrom } from "../../../../../utils/audit-context"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteReorderPolicyWorkflow(req.scope).run({
    input: { part_id: req.params.id, id: req.params.policy_id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.policy_id, object: "reorder_policy", deleted: true })
}
