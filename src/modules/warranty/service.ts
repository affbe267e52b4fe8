import { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { toPostgresTextArray } from "../../lib/postgres-array"
import WarrantyPolicy from "./models/warranty-policy"
import WarrantyRegistration from "./models/warranty-registration"
import WarrantySetting from "./models/warranty-setting"

export type WarrantyPolicyRecord = InferTypeOf<typeof WarrantyPolicy>
export type WarrantyRegistrationRecord = InferTypeOf<typeof WarrantyRegistration>
export type WarrantySettingRecord = InferTypeOf<typeof WarrantySetting>

/** Id of the single warranty_setting row. */
export const WARRANTY_SETTINGS_ID = "wset_default"

/** A registration claimed by the expiry job, with what its notification and event need. */
export type ClaimedWarrantyRegistration = {
  id: string
  customer_id: string | null
  customer_email: string | null
  customer_name: string | null
  serial_number: string | null
  product_title: string | null
  ends_at: Date
}

const CLAIMED_COLUMNS = "id, customer_id, customer_email, customer_name, serial_number, product_title, ends_at"

class WarrantyModuleService extends MedusaService({
  WarrantyPolicy,
  WarrantyRegistration,
  WarrantySetting,
}) {
  /**
   * Claims the registrations whose reminder is due: active, ending within `days` days, not yet
   * reminded, and not followed by a live extension. One guarded UPDATE ... WHERE
   * expiring_notified_at IS NULL, so two job instances running at once claim each row once.
   */
  @InjectTransactionManager()
  async claimExpiringRegistrations(
    input: { days: number; now: Date; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedWarrantyRegistration[]> {
    const manager = sharedContext.transactionManager as EntityManager
    const horizon = new Date(input.now.getTime() + input.days * 24 * 60 * 60 * 1000)
    return await manager.execute(
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
      returning ${CLAIMED_COLUMNS}`,
      [input.now, input.now, horizon, input.limit]
    )
  }

  /** Gives reminder claims back (compensation of claimExpiringRegistrations). */
  @InjectTransactionManager()
  async releaseExpiringClaims(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as EntityManager
    await manager.execute(
      `update warranty_registration set expiring_notified_at = null where id = any(?::text[])`,
      [toPostgresTextArray(ids)]
    )
  }

  /** Claims ended registrations (guarded like the reminder) and marks them `expired`. */
  @InjectTransactionManager()
  async claimExpiredRegistrations(
    input: { now: Date; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedWarrantyRegistration[]> {
    const manager = sharedContext.transactionManager as EntityManager
    return await manager.execute(
      `update warranty_registration r
          set status = 'expired', expired_notified_at = ?, updated_at = now()
        where r.id in (
          select c.id from warranty_registration c
           where c.deleted_at is null and c.status = 'active' and c.expired_notified_at is null
             and c.ends_at <= ?
           order by c.ends_at
           limit ?)
          and r.status = 'active' and r.expired_notified_at is null
      returning ${CLAIMED_COLUMNS}`,
      [input.now, input.now, input.limit]
    )
  }

  /** Makes claimed registrations active again (compensation of claimExpiredRegistrations). */
  @InjectTransactionManager()
  async releaseExpiredClaims(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as EntityManager
    await manager.execute(
      `update warranty_registration set status = 'active', expired_notified_at = null where id = any(?::text[])`,
      [toPostgresTextArray(ids)]
    )
  }
}

export default WarrantyModuleService
