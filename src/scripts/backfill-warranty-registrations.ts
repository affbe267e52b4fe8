import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { runInIdBatches, type RunProgress } from "../workflows/runs/run-in-id-batches"
import { syncOrderWarrantiesWorkflow, voidWarrantyRegistrationsWorkflow } from "../workflows/warranty/workflows/order-registrations"

/**
 * Registers the warranty units of every host order (orders placed before the plugin was
 * installed, or whose event failed) and starts those already fulfilled or delivered, in id
 * batches with progress. Safe to re-run and to interrupt: existing units are skipped.
 * Canceled orders are skipped; units of returns received earlier are voided as `returned`.
 */
export async function backfillWarrantyRegistrations(
  container: MedusaContainer,
  options: { batchSize?: number; onProgress?: (progress: RunProgress) => void } = {}
): Promise<RunProgress> {
  let last: RunProgress = { processed: 0, total: 0, changed: 0 }
  await runInIdBatches<{ id: string; status: string }, RunProgress>(container, {
    entity: "order",
    fields: ["id", "status"],
    batchSize: options.batchSize ?? 50,
    initialTotal: 0,
    processBatch: async (orders) => {
      let changed = 0
      for (const order of orders) {
        if (order.status === "canceled" || order.status === "draft") {
          continue
        }
        const { result } = await syncOrderWarrantiesWorkflow(container).run({
          input: { order_id: order.id, audit: SYSTEM_AUDIT_CONTEXT },
        })
        changed += result.created.length + result.activated.length
        if (result.created.length) {
          // returns received before the plugin was installed void their units now
          const { result: voided } = await voidWarrantyRegistrationsWorkflow(container).run({
            input: { order_id: order.id, returns: true, reason: "returned", audit: SYSTEM_AUDIT_CONTEXT },
          })
          changed += voided.length
        }
      }
      return changed
    },
    updateRun: async (update) => {
      last = {
        processed: update.processed ?? last.processed,
        total: update.total ?? last.total,
        changed: update.changed ?? last.changed,
      }
      return last
    },
    onProgress: options.onProgress,
  })
  return last
}

/** `npx medusa exec ./src/scripts/backfill-warranty-registrations.ts` */
export default async function backfillWarrantyRegistrationsScript({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info("Backfilling warranty registrations of past orders")
  const done = await backfillWarrantyRegistrations(container, {
    onProgress: ({ processed, changed }) =>
      logger.info(`  ${processed} orders, ${changed} registrations created or started`),
  })
  logger.info(`Done: ${done.processed} orders, ${done.changed} registrations created or started.`)
}
