import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  deleteSparePartStep,
  UpdateSparePartInput,
  updateSparePartStep,
} from "../steps/update-spare-part"

/** Master data, status (active, phase_out, obsolete) and the superseding part of one part. */
export const updateSparePartWorkflow = createWorkflow(
  "update-spare-part",
  (input: { spare_part: UpdateSparePartInput; audit: AuditContext }) => {
    const updated = updateSparePartStep(input.spare_part)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action: "spare_part.updated",
      entity_type: "spare_part",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record<string, unknown>,
      after: updated.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    const event = transform({ input, updated }, ({ input, updated }) => ({
      eventName: "spare_part.updated",
      data: {
        id: updated.after.id,
        part_number: updated.after.part_number,
        status: updated.after.status,
        changed_fields: Object.keys(input.spare_part).filter((field) => field !== "id"),
      },
    }))
    emitEventStep(event)
    return new WorkflowResponse(updated.after)
  }
)

export const deleteSparePartWorkflow = createWorkflow(
  "delete-spare-part",
  (input: { id: string; audit: AuditContext }) => {
    const part = deleteSparePartStep(input.id)
    const auditEntry = transform({ input, part }, ({ input, part }) => ({
      context: input.audit,
      action: "spare_part.deleted",
      entity_type: "spare_part",
      entity_id: part.id,
      before: part as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    const event = transform({ part }, ({ part }) => ({
      eventName: "spare_part.deleted",
      data: { id: part.id, part_number: part.part_number },
    }))
    emitEventStep(event)
    return new WorkflowResponse(part)
  }
)
