import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { runCustomerProfileRecompute } from "../workflows/helpdesk/run-customer-profile-recompute"
import { startCustomerProfileRecomputeWorkflow } from "../workflows/helpdesk/workflows/start-customer-profile-recompute"

/**
 * Computes the service profile of every existing customer from the orders already in the host:
 * `npx medusa exec ./src/scripts/backfill-customer-profiles.ts`. Safe to re-run and to
 * interrupt (a second run only writes what changed since).
 */
export default async function backfillCustomerProfiles({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result: run } = await startCustomerProfileRecomputeWorkflow(container).run({
    input: { trigger: "backfill", in_background: false, audit: SYSTEM_AUDIT_CONTEXT },
  })
  logger.info(`Backfilling customer service profiles: ${run.total} customers`)
  const finished = await runCustomerProfileRecompute(container, run.id, {
    audit: SYSTEM_AUDIT_CONTEXT,
    onProgress: ({ processed, total, changed }) =>
      logger.info(`  ${processed}/${total} customers (${Math.round((processed / Math.max(total, 1)) * 100)}%), ${changed} profiles written`),
  })
  logger.info(`Done: ${finished.processed} customers, ${finished.changed} profiles created or changed.`)
}
