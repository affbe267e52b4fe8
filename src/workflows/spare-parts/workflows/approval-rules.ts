import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  ApprovalRuleInput,
  createApprovalRuleStep,
  deleteApprovalRuleStep,
  updateApprovalRuleStep,
  UpdateApprovalRuleInput,
} from "../steps/approval-rules"

export const createApprovalRuleWorkflow = createWorkflow(
  "create-approval-rule",
  (input: { approval_rule: ApprovalRuleInput; audit: AuditContext }) => {
    const rule = createApprovalRuleStep(input.approval_rule)
    const auditEntry = transform({ input, rule }, ({ input, rule }) => ({
      context: input.audit,
      action: "approval_rule.created",
      entity_type: "approval_rule",
      entity_id: rule.id,
      after: rule as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(rule)
  }
)

export const updateApprovalRuleWorkflow = createWorkflow(
  "update-approval-rule",
  (input: { approval_rule: UpdateApprovalRuleInput; audit: AuditContext }) => {
    const updated = updateApprovalRuleStep(input.approval_rule)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action: "approval_rule.updated",
      entity_type: "approval_rule",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record<string, unknown>,
      after: updated.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(updated.after)
  }
)

export const deleteApprovalRuleWorkflow = createWorkflow(
  "delete-approval-rule",
  (input: { id: string; audit: AuditContext }) => {
    const rule = deleteApprovalRuleStep(input.id)
    const auditEntry = transform({ input, rule }, ({ input, rule }) => ({
      context: input.audit,
      action: "approval_rule.deleted",
      entity_type: "approval_rule",
      entity_id: rule.id,
      before: rule as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(rule)
  }
)
