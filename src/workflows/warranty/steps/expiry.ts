import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { daysUntil } from "../../../lib/warranty/dates"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"
import type { ClaimedWarrantyRegistration } from "../../../modules/warranty/service"

/** Template name of the e-mail a customer receives before a warranty ends. */
export const WARRANTY_EXPIRING_TEMPLATE = "aftersales-warranty-expiring"

/** Claims the registrations whose reminder is due, once across job instances; compensation releases them. */
export const claimExpiringRegistrationsStep = createStep(
  "claim-expiring-warranty-registrations",
  async (input: { days: number; now: Date | string; limit: number }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const rows = await warranty.claimExpiringRegistrations({ ...input, now: new Date(input.now) })
    return new StepResponse(rows, rows.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await (container.resolve(WARRANTY_MODULE) as WarrantyModuleService).releaseExpiringClaims(ids)
    }
  }
)

/** Claims ended registrations and marks them `expired`; compensation makes them active again. */
export const claimExpiredRegistrationsStep = createStep(
  "claim-expired-warranty-registrations",
  async (input: { now: Date | string; limit: number }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const rows = await warranty.claimExpiredRegistrations({ ...input, now: new Date(input.now) })
    return new StepResponse(rows, rows.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await (container.resolve(WARRANTY_MODULE) as WarrantyModuleService).releaseExpiredClaims(ids)
    }
  }
)

/**
 * E-mails each customer of a claimed registration through the host Notification module
 * (template `aftersales-warranty-expiring`). Failures are logged, never fail the run; the
 * idempotency key keeps a retry from mailing twice.
 */
export const notifyCustomersOfExpiringStep = createStep(
  "notify-customers-of-expiring-warranties",
  async (input: { notify: boolean; rows: ClaimedWarrantyRegistration[]; now: Date | string }, { container }) => {
    if (!input.notify || !input.rows.length) {
      return new StepResponse(0)
    }
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const notificationService = container.resolve(Modules.NOTIFICATION, { allowUnregistered: true }) as any
    if (!notificationService) {
      return new StepResponse(0)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const customerIds = [...new Set(input.rows.map((row) => row.customer_id).filter(Boolean))] as string[]
    const { data: customers } = customerIds.length
      ? await query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name"], filters: { id: customerIds } })
      : { data: [] as any[] }
    const byId = new Map((customers as any[]).map((customer) => [customer.id, customer]))
    let sent = 0
    for (const row of input.rows) {
      const customer = row.customer_id ? byId.get(row.customer_id) : null
      const to = customer?.email ?? row.customer_email
      if (!to) {
        continue
      }
      try {
        await notificationService.createNotifications([
          {
            to,
            channel: "email",
            template: WARRANTY_EXPIRING_TEMPLATE,
            trigger_type: "warranty.expiring",
            resource_id: row.id,
            resource_type: "warranty_registration",
            receiver_id: customer?.id ?? null,
            idempotency_key: `${WARRANTY_EXPIRING_TEMPLATE}-${row.id}`,
            data: {
              registration_id: row.id,
              product_title: row.product_title,
              serial_number: row.serial_number,
              ends_at: new Date(row.ends_at).toISOString(),
              days_left: daysUntil(new Date(row.ends_at), new Date(input.now)),
              customer_first_name: customer?.first_name ?? row.customer_name ?? null,
              customer_last_name: customer?.last_name ?? null,
            },
          },
        ])
        sent++
      } catch (error) {
        logger.warn(`aftersales: could not e-mail the warranty reminder for ${row.id}: ${error.message}`)
      }
    }
    return new StepResponse(sent)
  }
)
