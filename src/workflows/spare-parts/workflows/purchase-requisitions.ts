import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { changeDocumentStatusesStep, changeDocumentStatusStep } from "../steps/procurement-status"
import {
  CreateRequisitionInput,
  createRequisitionStep,
  prepareRequisitionActionStep,
  prepareRequisitionFromAlertStep,
  prepareRequisitionSubmissionStep,
  UpdateRequisitionInput,
  updateRequisitionStep,
} from "../steps/purchase-requisitions"
import {
  createPurchaseOrdersStep,
  prepareRequisitionConversionStep,
} from "../steps/purchase-orders"

type Record_ = Record<string, unknown>

export const createPurchaseRequisitionWorkflow = createWorkflow(
  "create-purchase-requisition",
  (input: { requisition: CreateRequisitionInput; audit: AuditContext }) => {
    const createInput = transform({ input }, ({ input }) => ({
      ...input.requisition,
      requested_by: input.audit.actor_id,
    }))
    const requisition = createRequisitionStep(createInput)
    const auditEntry = transform({ input, requisition }, ({ input, requisition }) => ({
      context: input.audit,
      action: "purchase_requisition.created",
      entity_type: "purchase_requisition",
      entity_id: requisition.id,
      after: requisition as unknown as Record_,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(requisition)
  }
)

/** A draft requisition for what a stock alert's part needs now (see prepareRequisitionFromAlertStep). */
export const createRequisitionFromAlertWorkflow = createWorkflow(
  "create-purchase-requisition-from-alert",
  (input: { alert_id: string; reason?: string | null; audit: AuditContext }) => {
    const prepared = prepareRequisitionFromAlertStep({ alert_id: input.alert_id })
    const createInput = transform({ input, prepared }, ({ input, prepared }) => ({
      ...prepared,
      reason: input.reason ?? "Reorder after a stock alert",
      requested_by: input.audit.actor_id,
    }))
    const requisition = createRequisitionStep(createInput)
    const auditEntry = transform({ input, requisition }, ({ input, requisition }) => ({
      context: input.audit,
      action: "purchase_requisition.created",
      entity_type: "purchase_requisition",
      entity_id: requisition.id,
      after: requisition as unknown as Record_,
      metadata: { alert_id: input.alert_id },
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(requisition)
  }
)

export const updatePurchaseRequisitionWorkflow = createWorkflow(
  "update-purchase-requisition",
  (input: { requisition: UpdateRequisitionInput; audit: AuditContext }) => {
    const updated = updateRequisitionStep(input.requisition)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action: "purchase_requisition.updated",
      entity_type: "purchase_requisition",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record_,
      after: updated.after as unknown as Record_,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(updated.after)
  }
)

/** Submits a draft: it waits for the approver the applicable rule names, or is approved at once. */
export const submitPurchaseRequisitionWorkflow = createWorkflow(
  "submit-purchase-requisition",
  (input: { id: string; audit: AuditContext }) => {
    const prepared = prepareRequisitionSubmissionStep({ id: input.id })
    const change = transform({ prepared }, ({ prepared }) => ({
      table: "purchase_requisition" as const,
      id: prepared.requisition.id,
      from: prepared.from,
      changes: prepared.changes,
    }))
    const previous = changeDocumentStatusStep(change)
    const auditEntry = transform({ input, prepared, previous }, ({ input, prepared, previous }) => ({
      context: input.audit,
      action: prepared.changes.status === "approved" ? "purchase_requisition.auto_approved" : "purchase_requisition.submitted",
      entity_type: "purchase_requisition",
      entity_id: prepared.requisition.id,
      before: previous,
      after: prepared.changes,
      metadata: { approval_rule: prepared.rule },
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(prepared.requisition)
  }
)

/**
 * Approves, rejects or cancels a requisition. Approving and rejecting need the role of the
 * rule it waits for and someone other than the requester; rejecting and canceling need a reason.
 */
export const decidePurchaseRequisitionWorkflow = createWorkflow(
  "decide-purchase-requisition",
  (input: {
    id: string
    action: "approve" | "reject" | "cancel"
    reason?: string | null
    audit: AuditContext
  }) => {
    const prepared = prepareRequisitionActionStep({
      id: input.id,
      action: input.action,
      audit: input.audit,
    })
    const change = transform({ input, prepared }, ({ input, prepared }) => {
      const now = new Date()
      const actor = input.audit.actor_id
      const changes =
        input.action === "approve"
          ? { status: "approved", approved_by: actor, approved_at: now }
          : input.action === "reject"
            ? { status: "rejected", rejected_by: actor, rejected_at: now, rejection_reason: input.reason }
            : { status: "canceled", canceled_by: actor, canceled_at: now, cancel_reason: input.reason }
      return {
        table: "purchase_requisition" as const,
        id: prepared.requisition.id,
        from: prepared.from,
        changes,
      }
    })
    const previous = changeDocumentStatusStep(change)
    const auditEntry = transform({ input, change, previous }, ({ input, change, previous }) => ({
      context: input.audit,
      action: `purchase_requisition.${input.action === "approve" ? "approved" : input.action === "reject" ? "rejected" : "canceled"}`,
      entity_type: "purchase_requisition",
      entity_id: change.id,
      before: previous,
      after: change.changes as Record_,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(prepared.requisition)
  }
)

/**
 * Converts approved requisitions into draft purchase orders, one per supplier, and marks the
 * requisitions converted.
 */
export const convertPurchaseRequisitionsWorkflow = createWorkflow(
  "convert-purchase-requisitions",
  (input: { requisition_ids: string[]; audit: AuditContext }) => {
    const prepared = prepareRequisitionConversionStep({ requisition_ids: input.requisition_ids })
    const ordersInput = transform({ input, prepared }, ({ input, prepared }) => ({
      orders: prepared.orders,
      created_by: input.audit.actor_id,
    }))
    const orders = createPurchaseOrdersStep(ordersInput)
    const changes = transform({ prepared }, ({ prepared }) => {
      const now = new Date()
      return prepared.requisitions.map((requisition) => ({
        table: "purchase_requisition" as const,
        id: requisition.id,
        from: ["approved"],
        changes: { status: "converted", converted_at: now },
      }))
    })
    changeDocumentStatusesStep(changes)
    const auditEntries = transform({ input, prepared, orders }, ({ input, prepared, orders }) => [
      ...orders.map((order) => ({
        context: input.audit,
        action: "purchase_order.created",
        entity_type: "purchase_order",
        entity_id: order.id,
        after: order as unknown as Record_,
        metadata: { requisition_ids: prepared.requisitions.map((requisition) => requisition.id) },
      })),
      ...prepared.requisitions.map((requisition) => ({
        context: input.audit,
        action: "purchase_requisition.converted",
        entity_type: "purchase_requisition",
        entity_id: requisition.id,
        before: { status: requisition.status },
        after: { status: "converted" },
        metadata: { purchase_order_ids: orders.map((order) => order.id) },
      })),
    ])
    recordAuditEntriesStep(auditEntries)
    return new WorkflowResponse(orders)
  }
)
