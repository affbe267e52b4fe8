import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { planWarrantyImportStep } from "../steps/import-plan"
import { ManualWarrantyInput, resolveManualRegistrationsStep, serialsInUse } from "../steps/manual-registrations"
import { createWarrantyRegistrationsStep, updateWarrantyRegistrationsStep } from "../steps/registrations"
import { registeredEventData } from "./order-registrations"

const registeredAudit = (audit: AuditContext, rows: any[], metadata?: Record<string, unknown>) =>
  rows.map((row) => ({
    context: audit,
    action: "warranty.registered",
    entity_type: "warranty_registration",
    entity_id: row.id,
    after: row as Record<string, unknown>,
    metadata: metadata ?? null,
  }))

/** Registers units sold outside the store (manual entry); answers the registrations. */
export const createManualWarrantyRegistrationsWorkflow = createWorkflow(
  "create-manual-warranty-registrations",
  (input: { registrations: ManualWarrantyInput[]; audit: AuditContext }) => {
    const rows = resolveManualRegistrationsStep({ registrations: input.registrations, source: "manual" })
    const created = createWarrantyRegistrationsStep(rows)
    recordAuditEntriesStep(transform({ input, created }, ({ input, created }) => registeredAudit(input.audit, created)))
    emitEventStep({
      eventName: "warranty.registered",
      data: transform({ created }, ({ created }) => registeredEventData(created)),
    }).config({ name: "emit-manual-warranty-registered" })
    return new WorkflowResponse(created)
  }
)

/**
 * Serial-number CSV import, all or nothing: with any bad row (or `dry_run`) nothing is
 * written and the result lists every problem with its line.
 */
export const importWarrantySerialsWorkflow = createWorkflow(
  "import-warranty-serials",
  (input: { csv: string; dry_run?: boolean; audit: AuditContext }) => {
    const plan = planWarrantyImportStep({ csv: input.csv })
    const writes = transform({ input, plan }, ({ input, plan }) => {
      const write = !input.dry_run && plan.problems.length === 0
      return {
        write,
        updates: write ? plan.assignments.map((row) => ({ id: row.id, serial_number: row.serial_number })) : [],
        creates: write ? plan.creates.map(({ line, ...row }) => row) : [],
      }
    })
    const assigned = updateWarrantyRegistrationsStep(writes.updates)
    const created = createWarrantyRegistrationsStep(writes.creates)
    recordAuditEntriesStep(
      transform({ input, assigned, created }, ({ input, assigned, created }) => [
        ...assigned.map((change: any) => ({
          context: input.audit,
          action: "warranty.serial_assigned",
          entity_type: "warranty_registration",
          entity_id: change.after.id,
          before: change.before as Record<string, unknown>,
          after: change.after as Record<string, unknown>,
          metadata: { source: "csv_import" },
        })),
        ...registeredAudit(input.audit, created, { source: "csv_import" }),
      ])
    )
    when({ created }, ({ created }) => created.length > 0).then(() => {
      emitEventStep({
        eventName: "warranty.registered",
        data: transform({ created }, ({ created }) => registeredEventData(created)),
      }).config({ name: "emit-imported-warranty-registered" })
    })
    const result = transform({ input, plan, writes }, ({ input, plan, writes }) => ({
      dry_run: !!input.dry_run,
      valid: plan.problems.length === 0,
      written: writes.write,
      rows: plan.rows,
      assign: plan.assignments.length,
      create: plan.creates.length,
      unchanged: plan.unchanged,
      preview: [
        ...plan.assignments.map((row) => ({ line: row.line, action: "assign", registration_id: row.id, serial_number: row.serial_number })),
        ...plan.creates.map((row) => ({
          line: row.line,
          action: "create",
          registration_id: null,
          serial_number: row.serial_number ?? null,
          product_title: row.product_title ?? null,
          customer_email: row.customer_email ?? null,
          ends_at: row.ends_at ? new Date(row.ends_at).toISOString() : null,
        })),
      ].sort((a, b) => a.line - b.line),
      errors: plan.problems,
    }))
    return new WorkflowResponse(result)
  }
)

export type UpdateWarrantyRegistrationInput = {
  id: string
  serial_number?: string | null
  customer_email?: string | null
  customer_name?: string | null
  metadata?: Record<string, unknown> | null
}

const checkRegistrationUpdateStep = createStep(
  "check-warranty-registration-update",
  async (input: UpdateWarrantyRegistrationInput, { container }) => {
    const serial = input.serial_number?.trim()
    if (serial) {
      const taken = await serialsInUse(container, [serial], [input.id])
      if (taken.has(serial)) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `Serial number ${serial} is already registered (${taken.get(serial)}).`
        )
      }
    }
    const update: Record<string, unknown> = { id: input.id }
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined && key !== "id") {
        update[key] = key === "serial_number" ? (serial || null) : value
      }
    }
    return new StepResponse(update as { id: string })
  }
)

/** Changes a registration's serial number (unique among live registrations) or owner details. */
export const updateWarrantyRegistrationWorkflow = createWorkflow(
  "update-warranty-registration",
  (input: { registration: UpdateWarrantyRegistrationInput; audit: AuditContext }) => {
    const update = checkRegistrationUpdateStep(input.registration)
    const changed = updateWarrantyRegistrationsStep(transform({ update }, ({ update }) => [update]))
    const result = transform({ changed }, ({ changed }) => changed[0])
    recordAuditEntryStep(
      transform({ input, result }, ({ input, result }) => ({
        context: input.audit,
        action: "warranty.updated",
        entity_type: "warranty_registration",
        entity_id: result.after.id,
        before: result.before as Record<string, unknown>,
        after: result.after as Record<string, unknown>,
      }))
    )
    return new WorkflowResponse(transform({ result }, ({ result }) => result.after))
  }
)
