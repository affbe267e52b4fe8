import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteAssignmentRuleWorkflow,
  updateAssignmentRuleWorkflow,
} from "../../../../workflows/helpdesk/workflows/assignment-rules"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchAssignmentRule } from "../helpers"
import { AdminUpdateAssignmentRuleType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ assignment_rule: await refetchAssignmentRule(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateAssignmentRuleType>,
  res: MedusaResponse
) => {
  await updateAssignmentRuleWorkflow(req.scope).run({
    input: {
      assignment_rule: { id: req.params.id, ...req.validatedBody },
      audit: auditContextFrom(req),
    },
  })
  res.json({ assignment_rule: await refetchAssignmentRule(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteAssignmentRuleWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.id, object: "assignment_rule", deleted: true })
}
