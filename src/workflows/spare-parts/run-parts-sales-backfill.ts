import type { MedusaContainer } from "@medusajs/framework/types"
import { SPARE_PARTS_MODULE } from "../../modules/spare-parts"
import SparePartsModuleService from "../../modules/spare-parts/service"
import { BatchedRunOptions, runInIdBatches } from "../runs/run-in-id-batches"
import { ORDER_SALE_FIELDS, saleMovementsOf } from "./steps/record-parts-sales"
import { recordPartsSalesWorkflow } from "./workflows/record-parts-sales"

export const SALES_BACKFILL_BATCH_SIZE = 100

/**
 * Records the parts sales of every past fulfilment: orders in id order, one workflow per
 * batch, progress on the run after each batch. Idempotent (rows already in the ledger are
 * skipped), so it is safe to re-run and to interrupt.
 */
export async function runPartsSalesBackfill(
  container: MedusaContainer,
  runId: string,
  options: BatchedRunOptions
) {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const run = await spareParts.retrievePartsRun(runId)
  return runInIdBatches(container, {
    entity: "order",
    fields: ORDER_SALE_FIELDS,
    batchSize: options.batchSize ?? SALES_BACKFILL_BATCH_SIZE,
    initialTotal: run.total,
    processBatch: async (orders) => {
      const movements = await saleMovementsOf(container, orders as any)
      if (!movements.length) {
        return 0
      }
      const { result } = await recordPartsSalesWorkflow(container).run({
        input: { movements, audit: options.audit },
      })
      return result.length
    },
    updateRun: (update) => spareParts.updatePartsRuns({ id: runId, ...update }),
    onProgress: options.onProgress,
  })
}
