import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_AUDIT_MODULE } from "../../../modules/aftersales-audit"
import AftersalesAuditModuleService from "../../../modules/aftersales-audit/service"
import { RecordAuditEntryInput, toEntry } from "./record-audit-entry"

/**
 * Appends one audit entry per record of a bulk change (e.g. assigning several tickets).
 * Like recordAuditEntryStep, the compensation appends `<action>.reverted` entries.
 */
export const recordAuditEntriesStep = createStep(
  "record-aftersales-audit-entries",
  async (inputs: RecordAuditEntryInput[], { container }) => {
    if (!inputs.length) {
      return new StepResponse([], [])
    }
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    const entries = await auditService.createAftersalesAuditLogEntries(
      inputs.map((input) => toEntry(input, input.action))
    )
    return new StepResponse(entries, inputs)
  },
  async (inputs, { container }) => {
    if (!inputs?.length) {
      return
    }
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    await auditService.createAftersalesAuditLogEntries(
      inputs.map((input) =>
        toEntry(
          { ...input, before: input.after, after: input.before },
          `${input.action}.reverted`
        )
      )
    )
  }
)
