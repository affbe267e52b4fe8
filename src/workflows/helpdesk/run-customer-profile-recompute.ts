import type { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../modules/helpdesk"
import HelpdeskModuleService from "../../modules/helpdesk/service"
import { AuditContext } from "../audit/types"
import { BatchedRunOptions, runInIdBatches } from "../runs/run-in-id-batches"
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
  options: BatchedRunOptions
) {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const run = await helpdesk.retrieveCustomerProfileRecomputeRun(runId)
  return runInIdBatches(container, {
    entity: "customer",
    fields: ["id"],
    batchSize: options.batchSize ?? RECOMPUTE_BATCH_SIZE,
    initialTotal: run.total,
    processBatch: async (customers) => {
      const result = await recomputeCustomerServiceProfiles(
        container,
        customers.map((customer) => customer.id),
        options.audit
      )
      return result.changed
    },
    updateRun: (update) => helpdesk.updateCustomerProfileRecomputeRuns({ id: runId, ...update }),
    onProgress: options.onProgress,
  })
}
