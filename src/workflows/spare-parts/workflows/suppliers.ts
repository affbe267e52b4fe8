import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  createSupplierStep,
  SupplierInput,
  updateSupplierStep,
  UpdateSupplierInput,
} from "../steps/suppliers"

export const createSupplierWorkflow = createWorkflow(
  "create-supplier",
  (input: { supplier: SupplierInput; audit: AuditContext }) => {
    const supplier = createSupplierStep(input.supplier)
    const auditEntry = transform({ input, supplier }, ({ input, supplier }) => ({
      context: input.audit,
      action: "supplier.created",
      entity_type: "supplier",
      entity_id: supplier.id,
      after: supplier as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(supplier)
  }
)

/** Updates a supplier; `is_active: false` deactivates it (audited as supplier.deactivated). */
export const updateSupplierWorkflow = createWorkflow(
  "update-supplier",
  (input: { supplier: UpdateSupplierInput; audit: AuditContext }) => {
    const updated = updateSupplierStep(input.supplier)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action:
        updated.before.is_active && updated.after.is_active === false
          ? "supplier.deactivated"
          : "supplier.updated",
      entity_type: "supplier",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record<string, unknown>,
      after: updated.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(updated.after)
  }
)
