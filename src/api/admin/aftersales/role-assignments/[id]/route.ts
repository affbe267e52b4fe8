import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { unassignRoleWorkflow } from "../../../../../workflows/access/workflows/unassign-role"
import { auditContextFrom } from "../../../../utils/audit-context"

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await unassignRoleWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({
    id: req.params.id,
    object: "aftersales_role_assignment",
    deleted: true,
  })
}
