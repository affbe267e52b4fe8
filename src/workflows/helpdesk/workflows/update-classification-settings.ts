import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  updateClassificationSettingsStep,
  UpdateClassificationSettingsInput,
} from "../steps/update-classification-settings"

export const updateClassificationSettingsWorkflow = createWorkflow(
  "update-customer-classification-settings",
  (input: { settings: UpdateClassificationSettingsInput; audit: AuditContext }) => {
    const updated = updateClassificationSettingsStep(input.settings)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action: "customer_classification_setting.updated",
      entity_type: "customer_classification_setting",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record<string, unknown>,
      after: updated.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(updated.after)
  }
)
