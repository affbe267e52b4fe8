import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { runCustomerProfileRecompute } from "../workflows/helpdesk/run-customer-profile-recompute"
import { startCustomerProfileRecomputeWorkflow } from "../workflows/helpdesk/workflows/start-customer-profile-recompute"

/** Nightly: reclassifies every customer, since dormancy moves with time and not with orders. */
export default async function recomputeCustomerServiceProfiles(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let runId: string
  try {
    const { result } = await startCustomerProfileRecomputeWorkflow(container).run({
      input: { trigger: "nightly", in_background: false, audit: SYSTEM_AUDIT_CONTEXT },
    })
    runId = result.id
  } catch (error) {
    if (error.type === MedusaError.Types.CONFLICT) {
      logger.info(`aftersales: nightly customer profile recompute skipped: ${error.message}`)
      return
    }
    throw error
  }
  const run = await runCustomerProfileRecompute(container, runId, { audit: SYSTEM_AUDIT_CONTEXT })
  logger.info(
    `aftersales: nightly customer profile recompute: ${run.processed} customers, ${run.changed} profiles changed`
  )
}

export const config = {
  name: "aftersales-recompute-customer-service-profiles",
  schedule: "30 2 * * *",
}
