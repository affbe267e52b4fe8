import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { daysUntil } from "../../../lib/warranty/dates"

/** Template name of the e-mail a customer receives before a warranty ends. */
export const WARRANTY_EXPIRING_TEMPLATE = "aftersales-warranty-expiring"

export type ClaimedRegistration = {
  id: string
  customer_id: string | null
  customer_email: string | null
  customer_name: string | null
  serial_number: string | null
  product_title: string | null
  ends_at: Date
}

const RETURNING = "id, customer_id, customer_email, customer_name, serial_number, product_title, ends_at"

/**
 * Claims the registrations whose reminder is due: active, ending within `days` days, not yet
 * reminded, and not followed by a live extension. One guarded UPDATE ... WHERE
 * expiring_notified_at IS NULL, so two job instances running at once claim each row once.
 * The compensation releases the claim.
 */
export const claimExpiringRegistrationsStep = createStep(
  "claim-expiring-warranty-registrations",
  async (input: { days: number; now: Date | string; limit: number }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const now = new Date(input.now)
    const horizon = new Date(now.getTime() + input.days * 24 * 60 * 60 * 1000)
    const result = await pg.raw(
      `update warranty_registration r
          set expiring_notified_at = ?, updated_at = now()
        where r.id in (
          select c.id from warranty_registration c
           where c.deleted_at is null and c.status = 'active' and c.expiring_notified_at is null
             and c.ends_at > ? and c.ends_at <= ?
             and not exists (
               select 1 from warranty_registration e
                where e.extends_registration_id = c.id and e.deleted_at is null
                  and e.status <> 'voided' and e.ends_at > c.ends_at)
           order by c.ends_at
           limit ?)
          and r.expiring_notified_at is null
      returning ${RETURNING}`,
      [now, now, horizon, input.limit]
    )
    const rows = result.rows as ClaimedRegistration[]
    return new StepResponse(rows, rows.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw(`update warranty_registration set expiring_notified_at = null where id = any(?)`, [ids])
  }
)

/** Claims ended registrations (guarded like the reminder) and marks them `expired`. */
export const claimExpiredRegistrationsStep = createStep(
  "claim-expired-warranty-registrations",
  async (input: { now: Date | string; limit: number }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const now = new Date(input.now)
    const result = await pg.raw(
      `update warranty_registration r
          set status = 'expired', expired_notified_at = ?, updated_at = now()
        where r.id in (
          select c.id from warranty_registration c
           where c.deleted_at is null and c.status = 'active' and c.expired_notified_at is null
             and c.ends_at <= ?
           order by c.ends_at
           limit ?)
          and r.status = 'active' and r.expired_notified_at is null
      returning ${RETURNING}`,
      [now, now, input.limit]
    )
    const rows = result.rows as ClaimedRegistration[]
    return new StepResponse(rows, rows.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw(
      `update warranty_registration set status = 'active', expired_notified_at = null where id = any(?)`,
      [ids]
    )
  }
)

/**
 * E-mails each customer of a claimed registration through the host Notification module
 * (template `aftersales-warranty-expiring`). Failures are logged, never fail the run; the
 * idempotency key keeps a retry from mailing twice.
 */
export const notifyCustomersOfExpiringStep = createStep(
  "notify-customers-of-expiring-warranties",
  async (input: { notify: boolean; rows: ClaimedRegistration[]; now: Date | string }, { container }) => {
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
