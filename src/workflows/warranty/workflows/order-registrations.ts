import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { AuditContext } from "../../audit/types"
import {
  planOrderActivationsStep,
  planOrderRegistrationsStep,
  planWarrantyVoidsStep,
} from "../steps/order-plans"
import { createWarrantyRegistrationsStep, updateWarrantyRegistrationsStep } from "../steps/registrations"

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

export const registeredEventData = (rows: any[]) =>
  rows.map((row) => ({
    id: row.id,
    policy_id: row.policy_id ?? row.policy?.id ?? null,
    kind: row.kind,
    source: row.source,
    status: row.status,
    customer_id: row.customer_id ?? null,
    order_id: row.order_id ?? null,
    line_item_id: row.line_item_id ?? null,
    serial_number: row.serial_number ?? null,
    ends_at: iso(row.ends_at),
  }))

/**
 * Brings an order's warranty registrations up to date: one registration per sold unit whose
 * product a standard policy covers (and extended units for sold extensions), then starts the
 * pending ones whose fulfilment or delivery has happened. Idempotent: run on `order.placed`,
 * `order.fulfillment_created`, `delivery.created` and by the backfill.
 */
export const syncOrderWarrantiesWorkflow = createWorkflow(
  "sync-order-warranties",
  (input: { order_id: string; audit: AuditContext }) => {
    const planned = planOrderRegistrationsStep({ order_id: input.order_id })
    const created = createWarrantyRegistrationsStep(planned)
    const activations = planOrderActivationsStep({ order_id: input.order_id }).config({
      name: "plan-order-warranty-activations-after-create",
    })
    const activated = updateWarrantyRegistrationsStep(activations)

    const auditEntries = transform({ input, created, activated }, ({ input, created, activated }) => [
      ...created.map((row: any) => ({
        context: input.audit,
        action: "warranty.registered",
        entity_type: "warranty_registration",
        entity_id: row.id,
        after: row as Record<string, unknown>,
      })),
      ...activated.map((change: any) => ({
        context: input.audit,
        action: "warranty.activated",
        entity_type: "warranty_registration",
        entity_id: change.after.id,
        before: change.before as Record<string, unknown>,
        after: change.after as Record<string, unknown>,
      })),
    ])
    recordAuditEntriesStep(auditEntries)

    when({ created }, ({ created }) => created.length > 0).then(() => {
      emitEventStep({
        eventName: "warranty.registered",
        data: transform({ created }, ({ created }) => registeredEventData(created)),
      }).config({ name: "emit-warranty-registered" })
    })
    when({ activated }, ({ activated }) => activated.length > 0).then(() => {
      emitEventStep({
        eventName: "warranty.activated",
        data: transform({ activated }, ({ activated }) =>
          activated.map((change: any) => ({
            id: change.after.id,
            customer_id: change.after.customer_id ?? null,
            starts_at: iso(change.after.starts_at),
            ends_at: iso(change.after.ends_at),
          }))
        ),
      }).config({ name: "emit-warranty-activated" })
    })
    return new WorkflowResponse({ created, activated: transform({ activated }, ({ activated }) => activated.map((c: any) => c.after)) })
  }
)

export type VoidWarrantyInput = {
  /** Staff: these registrations (404 unknown, 400 already voided). */
  registration_ids?: string[]
  /** Host order: every unit (cancel), or with `returns: true` the returned units. */
  order_id?: string
  returns?: boolean
  reason: "order_canceled" | "returned" | "manual"
  note?: string | null
  audit: AuditContext
}

/**
 * Voids registrations (and the extensions of voided standard units): order canceled, units
 * returned (as many as returned, newest unit first) or by staff. Voiding twice changes nothing.
 */
export const voidWarrantyRegistrationsWorkflow = createWorkflow(
  "void-warranty-registrations",
  (input: VoidWarrantyInput) => {
    const ids = planWarrantyVoidsStep(
      transform({ input }, ({ input }) => ({
        registration_ids: input.registration_ids,
        order_id: input.order_id,
        returns: input.returns,
      }))
    )
    const updates = transform({ ids, input }, ({ ids, input }) => {
      const now = new Date()
      return ids.map((id) => ({
        id,
        status: "voided",
        voided_at: now,
        void_reason: input.note ? `${input.reason}: ${input.note}` : input.reason,
      }))
    })
    const changed = updateWarrantyRegistrationsStep(updates)
    const auditEntries = transform({ input, changed }, ({ input, changed }) =>
      changed.map((change: any) => ({
        context: input.audit,
        action: "warranty.voided",
        entity_type: "warranty_registration",
        entity_id: change.after.id,
        before: change.before as Record<string, unknown>,
        after: change.after as Record<string, unknown>,
        metadata: { reason: input.reason },
      }))
    )
    recordAuditEntriesStep(auditEntries)
    when({ changed }, ({ changed }) => changed.length > 0).then(() => {
      emitEventStep({
        eventName: "warranty.voided",
        data: transform({ changed, input }, ({ changed, input }) =>
          changed.map((change: any) => ({
            id: change.after.id,
            customer_id: change.after.customer_id ?? null,
            order_id: change.after.order_id ?? null,
            reason: input.reason,
          }))
        ),
      }).config({ name: "emit-warranty-voided" })
    })
    return new WorkflowResponse(transform({ changed }, ({ changed }) => changed.map((change: any) => change.after)))
  }
)
