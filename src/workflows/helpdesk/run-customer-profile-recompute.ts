import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../modules/helpdesk"
import HelpdeskModuleService from "../../modules/helpdesk/service"
import { AuditContext } from "../audit/types"
import { recomputeCustomerServiceProfilesWorkflow } from "./workflows/recompute-customer-service-profiles"

export const RECOMPUTE_BATCH_SIZE = 200

/**
 * Runs the recompute workflow for some customers, once more if it fails: a recompute for the
 * same customer running at the same moment (a subscriber during a full run) can make the first
 * attempt collide on the unique profile; the workflow rolled back, and the retry sees the
 * profile the other run wrote.
 */
export async function recomputeCustomerServiceProfiles(
  container: MedusaContainer,
  customerIds: string[],
  audit: AuditContext
) {
  const run = () =>
    recomputeCustomerServiceProfilesWorkflow(container).run({
      input: { customer_ids: customerIds, audit },
    })
  try {
    return (await run()).result
  } catch {
    return (await run()).result
  }
}

/**
 * Works through every customer in id order, one recompute workflow per batch, and records the
 * progress on the run after each batch (the admin polls it). A failed batch ends the run as
 * failed; batches done before it stay done, and running again picks up everything (idempotent).
 */
export async function runCustomerProfileRecompute(
  container: MedusaContainer,
  runId: string,
  options: {
    audit: AuditContext
    batchSize?: number
    onProgress?: (progress: { processed: number; total: number; changed: number }) => void
  }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const batchSize = options.batchSize ?? RECOMPUTE_BATCH_SIZE
  const run = await helpdesk.retrieveCustomerProfileRecomputeRun(runId)
  let processed = 0
  let changed = 0
  let total = run.total
  let lastId: string | null = null
  try {
    for (;;) {
      const { data: customers } = await query.graph({
        entity: "customer",
        fields: ["id"],
        filters: lastId ? { id: { $gt: lastId } } : {},
        pagination: { take: batchSize, skip: 0, order: { id: "ASC" } },
      })
      if (!customers.length) {
        break
      }
      lastId = customers[customers.length - 1].id
      const result = await recomputeCustomerServiceProfiles(
        container,
        customers.map((customer) => customer.id),
        options.audit
      )
      processed += customers.length
      changed += result.changed
      total = Math.max(total, processed)
      await helpdesk.updateCustomerProfileRecomputeRuns({ id: runId, processed, changed, total })
      options.onProgress?.({ processed, total, changed })
    }
    return await helpdesk.updateCustomerProfileRecomputeRuns({
      id: runId,
      status: "succeeded",
      processed,
      changed,
      total: processed,
      finished_at: new Date(),
    })
  } catch (error) {
    await helpdesk.updateCustomerProfileRecomputeRuns({
      id: runId,
      status: "failed",
      error: error.message,
      finished_at: new Date(),
    })
    throw error
  }
}
