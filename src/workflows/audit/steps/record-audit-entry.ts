import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { describeChanges } from "../../../lib/audit/changes"
import { AFTERSALES_AUDIT_MODULE } from "../../../modules/aftersales-audit"
import AftersalesAuditModuleService from "../../../modules/aftersales-audit/service"
import { AuditContext } from "../types"

export type RecordAuditEntryInput = {
  context: AuditContext
  action: string
  entity_type: string
  entity_id: string | null
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
}

export function toEntry(input: RecordAuditEntryInput, action: string) {
  return {
    actor_type: input.context.actor_type,
    actor_id: input.context.actor_id,
    request_id: input.context.request_id ?? null,
    action,
    entity_type: input.entity_type,
    entity_id: input.entity_id,
    changes: describeChanges(input.before, input.after),
    metadata: input.metadata ?? null,
  }
}

/**
 * Appends one audit entry. The log is append-only, so when the workflow rolls back
 * the compensation appends a `<action>.reverted` entry instead of removing this one.
 */
export const recordAuditEntryStep = createStep(
  "record-aftersales-audit-entry",
  async (input: RecordAuditEntryInput, { container }) => {
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    const entry = await auditService.createAftersalesAuditLogEntries(
      toEntry(input, input.action)
    )
    return new StepResponse(entry, input)
  },
  async (input, { container }) => {
    if (!input) {
      return
    }
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    await auditService.createAftersalesAuditLogEntries(
      toEntry(
        { ...input, before: input.after, after: input.before },
        `${input.action}.reverted`
      )
    )
  }
)
