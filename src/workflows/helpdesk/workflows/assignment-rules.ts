import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  createAssignmentRuleStep,
  CreateAssignmentRuleInput,
} from "../steps/create-assignment-rule"
import { deleteAssignmentRuleStep } from "../steps/delete-assignment-rule"
import { reorderAssignmentRulesStep } from "../steps/reorder-assignment-rules"
import {
  updateAssignmentRuleStep,
  UpdateAssignmentRuleInput,
} from "../steps/update-assignment-rule"
import { validateAssignmentRuleStep } from "../steps/validate-assignment-rule"

export const createAssignmentRuleWorkflow = createWorkflow(
  "create-assignment-rule",
  (input: { assignment_rule: CreateAssignmentRuleInput; audit: AuditContext }) => {
    validateAssignmentRuleStep(input.assignment_rule)
    const rule = createAssignmentRuleStep(input.assignment_rule)
    const auditEntry = transform({ input, rule }, ({ input, rule }) => ({
      context: input.audit,
      action: "assignment_rule.created",
      entity_type: "assignment_rule",
      entity_id: rule.id,
      after: rule as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(rule)
  }
)

export const updateAssignmentRuleWorkflow = createWorkflow(
  "update-assignment-rule",
  (input: { assignment_rule: UpdateAssignmentRuleInput; audit: AuditContext }) => {
    validateAssignmentRuleStep(input.assignment_rule)
    const updated = updateAssignmentRuleStep(input.assignment_rule)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action: "assignment_rule.updated",
      entity_type: "assignment_rule",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record<string, unknown>,
      after: updated.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(updated.after)
  }
)

export const deleteAssignmentRuleWorkflow = createWorkflow(
  "delete-assignment-rule",
  (input: { id: string; audit: AuditContext }) => {
    const rule = deleteAssignmentRuleStep(input.id)
    const auditEntry = transform({ input, rule }, ({ input, rule }) => ({
      context: input.audit,
      action: "assignment_rule.deleted",
      entity_type: "assignment_rule",
      entity_id: rule.id,
      before: rule as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(rule)
  }
)

/** Puts the rules in the given order (ranks 0, 10, 20, ...); one audit entry per moved rule. */
export const reorderAssignmentRulesWorkflow = createWorkflow(
  "reorder-assignment-rules",
  (input: { ids: string[]; audit: AuditContext }) => {
    const changed = reorderAssignmentRulesStep(input.ids)
    const auditEntries = transform({ input, changed }, ({ input, changed }) =>
      changed.map((change) => ({
        context: input.audit,
        action: "assignment_rule.updated",
        entity_type: "assignment_rule",
        entity_id: change.id,
        before: { rank: change.before },
        after: { rank: change.after },
      }))
    )
    recordAuditEntriesStep(auditEntries)
    return new WorkflowResponse(changed)
  }
)
