import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  deleteReorderPolicyStep,
  saveReorderPoliciesStep,
  SaveReorderPolicyInput,
} from "../steps/save-reorder-policies"

/**
 * Sets the reorder policy of parts at stock locations (one per part and location, replaced
 * when it exists). The forecasting job calls it with `source: "forecast"`.
 */
export const saveReorderPoliciesWorkflow = createWorkflow(
  "save-reorder-policies",
  (input: { policies: SaveReorderPolicyInput[]; audit: AuditContext }) => {
    const saved = saveReorderPoliciesStep(input.policies)
    const auditEntries = transform({ input, saved }, ({ input, saved }) =>
      saved.map(({ before, after }) => ({
        context: input.audit,
        action: before ? "reorder_policy.updated" : "reorder_policy.created",
        entity_type: "reorder_policy",
        entity_id: after.id,
        before,
        after,
        metadata: { part_id: after.part_id, location_id: after.location_id },
      }))
    )
    recordAuditEntriesStep(auditEntries)
    const policies = transform({ saved }, ({ saved }) => saved.map(({ after }) => after))
    return new WorkflowResponse(policies)
  }
)

export const deleteReorderPolicyWorkflow = createWorkflow(
  "delete-reorder-policy",
  (input: { part_id: string; id: string; audit: AuditContext }) => {
    const policy = deleteReorderPolicyStep({ part_id: input.part_id, id: input.id })
    const auditEntry = transform({ input, policy }, ({ input, policy }) => ({
      context: input.audit,
      action: "reorder_policy.deleted",
      entity_type: "reorder_policy",
      entity_id: policy.id,
      before: policy as unknown as Record<string, unknown>,
      metadata: { part_id: input.part_id },
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(policy)
  }
)
