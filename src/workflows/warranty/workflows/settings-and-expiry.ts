import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { daysUntil } from "../../../lib/warranty/dates"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext, SYSTEM_AUDIT_CONTEXT } from "../../audit/types"
import {
  claimExpiredRegistrationsStep,
  claimExpiringRegistrationsStep,
  notifyCustomersOfExpiringStep,
} from "../steps/expiry"
import { getWarrantySettings, updateWarrantySettingsStep } from "../steps/settings"

export const updateWarrantySettingsWorkflow = createWorkflow(
  "update-warranty-settings",
  (input: { settings: { expiry_reminder_days?: number; notify_customers?: boolean }; audit: AuditContext }) => {
    const changed = updateWarrantySettingsStep(input.settings)
    recordAuditEntryStep(
      transform({ input, changed }, ({ input, changed }) => ({
        context: input.audit,
        action: "warranty_settings.updated",
        entity_type: "warranty_setting",
        entity_id: changed.after.id,
        before: changed.before as unknown as Record<string, unknown>,
        after: changed.after as unknown as Record<string, unknown>,
      }))
    )
    return new WorkflowResponse(transform({ changed }, ({ changed }) => changed.after))
  }
)

const loadWarrantySettingsStep = createStep("load-warranty-settings", async (_: {}, { container }) => {
  return new StepResponse(await getWarrantySettings(container))
})

const iso = (value: unknown) => new Date(value as string).toISOString()

/**
 * The scheduled expiry run: raises `warranty.expiring` (and e-mails the customer) once per
 * registration `expiry_reminder_days` before its end, and `warranty.expired` once after the
 * end (status -> expired). Claims are guarded updates, so concurrent runs raise each once.
 */
export const processWarrantyExpiryWorkflow = createWorkflow(
  "process-warranty-expiry",
  (input: { now?: Date; limit?: number }) => {
    const settings = loadWarrantySettingsStep()
    const args = transform({ input, settings }, ({ input, settings }) => ({
      now: input.now ? new Date(input.now).toISOString() : new Date().toISOString(),
      days: settings.expiry_reminder_days,
      limit: input.limit ?? 500,
      notify: settings.notify_customers,
    }))
    const expiring = claimExpiringRegistrationsStep(args)
    const expired = claimExpiredRegistrationsStep(args)
    notifyCustomersOfExpiringStep(
      transform({ args, expiring }, ({ args, expiring }) => ({ notify: args.notify, rows: expiring, now: args.now }))
    )
    recordAuditEntriesStep(
      transform({ expiring, expired }, ({ expiring, expired }) => [
        ...expiring.map((row) => ({
          context: SYSTEM_AUDIT_CONTEXT,
          action: "warranty.expiring",
          entity_type: "warranty_registration",
          entity_id: row.id,
          metadata: { ends_at: iso(row.ends_at) },
        })),
        ...expired.map((row) => ({
          context: SYSTEM_AUDIT_CONTEXT,
          action: "warranty.expired",
          entity_type: "warranty_registration",
          entity_id: row.id,
          before: { status: "active" },
          after: { status: "expired" },
        })),
      ])
    )
    when({ expiring }, ({ expiring }) => expiring.length > 0).then(() => {
      emitEventStep({
        eventName: "warranty.expiring",
        data: transform({ expiring, args }, ({ expiring, args }) =>
          expiring.map((row) => ({
            id: row.id,
            customer_id: row.customer_id,
            serial_number: row.serial_number,
            ends_at: iso(row.ends_at),
            days_left: daysUntil(new Date(row.ends_at), new Date(args.now)),
          }))
        ),
      }).config({ name: "emit-warranty-expiring" })
    })
    when({ expired }, ({ expired }) => expired.length > 0).then(() => {
      emitEventStep({
        eventName: "warranty.expired",
        data: transform({ expired }, ({ expired }) =>
          expired.map((row) => ({
            id: row.id,
            customer_id: row.customer_id,
            serial_number: row.serial_number,
            ends_at: iso(row.ends_at),
          }))
        ),
      }).config({ name: "emit-warranty-expired" })
    })
    return new WorkflowResponse(
      transform({ expiring, expired }, ({ expiring, expired }) => ({
        expiring: expiring.map((row) => row.id),
        expired: expired.map((row) => row.id),
      }))
    )
  }
)
