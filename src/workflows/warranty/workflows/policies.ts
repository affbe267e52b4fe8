import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  createWarrantyPolicyStep,
  deleteWarrantyPolicyStep,
  updateWarrantyPolicyStep,
  UpdateWarrantyPolicyInput,
  WarrantyPolicyInput,
} from "../steps/policies"

const policyEvent = (policy: { id: string; name: string; kind: string }) => ({
  id: policy.id,
  name: policy.name,
  kind: policy.kind,
})

/** Creates a warranty policy; a new default standard policy replaces the old default. */
export const createWarrantyPolicyWorkflow = createWorkflow(
  "create-warranty-policy",
  (input: { policy: WarrantyPolicyInput; audit: AuditContext }) => {
    const policy = createWarrantyPolicyStep(input.policy)
    const auditEntry = transform({ input, policy }, ({ input, policy }) => ({
      context: input.audit,
      action: "warranty_policy.created",
      entity_type: "warranty_policy",
      entity_id: policy.id,
      after: policy as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    emitEventStep({
      eventName: "warranty_policy.created",
      data: transform({ policy }, ({ policy }) => policyEvent(policy as any)),
    }).config({ name: "emit-warranty-policy-created" })
    return new WorkflowResponse(policy)
  }
)

/** Updates a policy's terms or scope; existing registrations keep their snapshot. */
export const updateWarrantyPolicyWorkflow = createWorkflow(
  "update-warranty-policy",
  (input: { policy: UpdateWarrantyPolicyInput; audit: AuditContext }) => {
    const updated = updateWarrantyPolicyStep(input.policy)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action: "warranty_policy.updated",
      entity_type: "warranty_policy",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record<string, unknown>,
      after: updated.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    emitEventStep({
      eventName: "warranty_policy.updated",
      data: transform({ updated }, ({ updated }) => policyEvent(updated.after as any)),
    }).config({ name: "emit-warranty-policy-updated" })
    return new WorkflowResponse(updated.after)
  }
)

/** Deletes a policy (soft); its registrations keep coverage, duration and dates. */
export const deleteWarrantyPolicyWorkflow = createWorkflow(
  "delete-warranty-policy",
  (input: { id: string; audit: AuditContext }) => {
    const policy = deleteWarrantyPolicyStep({ id: input.id })
    const auditEntry = transform({ input, policy }, ({ input, policy }) => ({
      context: input.audit,
      action: "warranty_policy.deleted",
      entity_type: "warranty_policy",
      entity_id: policy.id,
      before: policy as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    emitEventStep({
      eventName: "warranty_policy.deleted",
      data: transform({ policy }, ({ policy }) => policyEvent(policy as any)),
    }).config({ name: "emit-warranty-policy-deleted" })
    return new WorkflowResponse(policy)
  }
)
