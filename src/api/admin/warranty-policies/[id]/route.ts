import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteWarrantyPolicyWorkflow,
  updateWarrantyPolicyWorkflow,
} from "../../../../workflows/warranty/workflows/policies"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchWarrantyPolicy } from "../helpers"
import { AdminUpdateWarrantyPolicyType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ warranty_policy: await refetchWarrantyPolicy(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateWarrantyPolicyType>,
  res: MedusaResponse
) => {
  await updateWarrantyPolicyWorkflow(req.scope).run({
    input: { policy: { ...(req.validatedBody as any), id: req.params.id }, audit: auditContextFrom(req) },
  })
  res.json({ warranty_policy: await refetchWarrantyPolicy(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteWarrantyPolicyWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.id, object: "warranty_policy", deleted: true })
}
