import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteApprovalRuleWorkflow,
  updateApprovalRuleWorkflow,
} from "../../../../workflows/spare-parts/workflows/approval-rules"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchApprovalRule } from "../helpers"
import { AdminUpdateApprovalRuleType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ approval_rule: await refetchApprovalRule(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateApprovalRuleType>,
  res: MedusaResponse
) => {
  await updateApprovalRuleWorkflow(req.scope).run({
    input: { approval_rule: { id: req.params.id, ...req.validatedBody }, audit: auditContextFrom(req) },
  })
  res.json({ approval_rule: await refetchApprovalRule(req, req.params.id) })
}

/** Deletes a rule; requisitions already waiting keep the approver role they were given. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteApprovalRuleWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.id, object: "approval_rule", deleted: true })
}
