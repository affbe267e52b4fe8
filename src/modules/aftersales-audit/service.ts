import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DEFAULT_RETRY_POLICY, RetryPolicy } from "../../lib/webhooks/retry"
import AuditLogEntry from "./models/audit-log-entry"
import WebhookDelivery from "./models/webhook-delivery"
import WebhookEndpoint from "./models/webhook-endpoint"

export type AftersalesAuditOptions = {
  webhooks?: Partial<RetryPolicy> & {
    /** Time allowed for one delivery request. */
    timeoutMs?: number
  }
}

export type WebhookSettings = RetryPolicy & { timeoutMs: number }

/** How long a claimed delivery stays reserved for the instance that claimed it. */
const CLAIM_LEASE_SECONDS = 120

class AftersalesAuditModuleService extends MedusaService({
  AftersalesAuditLogEntry: AuditLogEntry,
  AftersalesWebhookEndpoint: WebhookEndpoint,
  AftersalesWebhookDelivery: WebhookDelivery,
}) {
  protected readonly webhookSettings_: WebhookSettings

  constructor(container: unknown, options: AftersalesAuditOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const configured = Object.fromEntries(
      Object.entries(options.webhooks ?? {}).filter(([, value]) => value !== undefined)
    )
    this.webhookSettings_ = {
      ...DEFAULT_RETRY_POLICY,
      timeoutMs: 10_000,
      ...configured,
    }
  }

  getWebhookSettings(): WebhookSettings {
    return this.webhookSettings_
  }

  /**
   * Reserves pending deliveries that are due (all due ones, or only `ids`) for this
   * instance, so that concurrent workers never send the same delivery twice.
   */
  @InjectManager()
  async claimDueDeliveries(
    { ids, limit = 50 }: { ids?: string[]; limit?: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (ids && !ids.length) {
      return []
    }
    const manager = sharedContext.manager as EntityManager
    const idFilter = ids?.length ? `and id in (${ids.map(() => "?").join(",")})` : ""
    const rows: { id: string }[] = await manager.execute(
      `update aftersales_webhook_delivery
          set next_attempt_at = now() + interval '${CLAIM_LEASE_SECONDS} seconds'
        where id in (
          select id from aftersales_webhook_delivery
           where status = 'pending'
             and deleted_at is null
             and next_attempt_at <= now()
             ${idFilter}
           order by next_attempt_at
           limit ?
           for update skip locked)
        returning id`,
      [...(ids ?? []), limit]
    )
    return rows.map((row) => row.id)
  }
}

export default AftersalesAuditModuleService
