import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { runPartsSalesBackfill } from "../workflows/spare-parts/run-parts-sales-backfill"
import { startPartsRunWorkflow } from "../workflows/spare-parts/workflows/start-parts-run"

/**
 * Records the spare parts shipped by every past host fulfilment as sale rows of the ledger
 * (demand history for forecasting): `npx medusa exec ./src/scripts/backfill-parts-sales.ts`.
 * Safe to re-run and to interrupt: fulfilments already recorded are skipped.
 */
export default async function backfillPartsSales({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result: run } = await startPartsRunWorkflow(container).run({
    input: { kind: "sales_backfill", trigger: "script", in_background: false, audit: SYSTEM_AUDIT_CONTEXT },
  })
  logger.info(`Backfilling parts sales: ${run.total} orders`)
  const finished = await runPartsSalesBackfill(container, run.id, {
    audit: SYSTEM_AUDIT_CONTEXT,
    onProgress: ({ processed, total, changed }) =>
      logger.info(`  ${processed}/${total} orders (${Math.round((processed / Math.max(total, 1)) * 100)}%), ${changed} sale rows written`),
  })
  logger.info(`Done: ${finished.processed} orders, ${finished.changed} sale rows written.`)
}
