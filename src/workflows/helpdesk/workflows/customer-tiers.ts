import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createCustomerTierStep, CreateCustomerTierInput } from "../steps/create-customer-tier"
import { deleteCustomerTierStep } from "../steps/delete-customer-tier"
import { updateCustomerTierStep, UpdateCustomerTierInput } from "../steps/update-customer-tier"

export const createCustomerTierWorkflow = createWorkflow(
  "create-customer-tier",
  (input: { tier: CreateCustomerTierInput; audit: AuditContext }) => {
    const tier = createCustomerTierStep(input.tier)
    const auditEntry = transform({ input, tier }, ({ input, tier }) => ({
      context: input.audit,
      action: "customer_tier.created",
      entity_type: "customer_tier",
      entity_id: tier.id,
      after: tier as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(tier)
  }
)

export const updateCustomerTierWorkflow = createWorkflow(
  "update-customer-tier",
  (input: { tier: UpdateCustomerTierInput; audit: AuditContext }) => {
    const updated = updateCustomerTierStep(input.tier)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action: "customer_tier.updated",
      entity_type: "customer_tier",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record<string, unknown>,
      after: updated.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(updated.after)
  }
)

export const deleteCustomerTierWorkflow = createWorkflow(
  "delete-customer-tier",
  (input: { id: string; audit: AuditContext }) => {
    const tier = deleteCustomerTierStep(input.id)
    const auditEntry = transform({ input, tier }, ({ input, tier }) => ({
      context: input.audit,
      action: "customer_tier.deleted",
      entity_type: "customer_tier",
      entity_id: tier.id,
      before: tier as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(tier)
  }
)
