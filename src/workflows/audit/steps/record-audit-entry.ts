import type { MedusaContainer } from "@medusajs/framework/types"
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

function toEntry(input: RecordAuditEntryInput) {
  return {
    actor_type: input.context.actor_type,
    actor_id: input.context.actor_id,
    request_id: input.context.request_id ?? null,
    action: input.action,
    entity_type: input.entity_type,
    entity_id: input.entity_id,
    changes: describeChanges(input.before, input.after),
    metadata: input.metadata ?? null,
  }
}

export async function appendAuditEntries(
  container: MedusaContainer,
  inputs: RecordAuditEntryInput[]
) {
  const auditService: AftersalesAuditModuleService = container.resolve(
    AFTERSALES_AUDIT_MODULE
  )
  return await auditService.createAftersalesAuditLogEntries(inputs.map(toEntry))
}

/**
 * The log is append-only, so a rolled-back workflow does not remove its entries: it
 * appends `<action>.reverted` entries with before and after swapped.
 */
export async function appendReversalEntries(
  container: MedusaContainer,
  inputs: RecordAuditEntryInput[]
) {
  await appendAuditEntries(
    container,
    inputs.map((input) => ({
      ...input,
      action: `${input.action}.reverted`,
      before: input.after,
      after: input.before,
    }))
  )
}

/** Appends one audit entry; see appendReversalEntries for what a rollback writes. */
export const recordAuditEntryStep = createStep(
  "record-aftersales-audit-entry",
  async (input: RecordAuditEntryInput, { container }) => {
    const [entry] = await appendAuditEntries(container, [input])
    return new StepResponse(entry, input)
  },
  async (input, { container }) => {
    if (input) {
      await appendReversalEntries(container, [input])
    }
  }
)
