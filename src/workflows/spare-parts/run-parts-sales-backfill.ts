import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SPARE_PARTS_MODULE } from "../../modules/spare-parts"
import SparePartsModuleService from "../../modules/spare-parts/service"
import { AuditContext } from "../audit/types"
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
  options: {
    audit: AuditContext
    batchSize?: number
    onProgress?: (progress: { processed: number; total: number; changed: number }) => void
  }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const batchSize = options.batchSize ?? SALES_BACKFILL_BATCH_SIZE
  const run = await spareParts.retrievePartsRun(runId)
  let processed = 0
  let changed = 0
  let total = run.total
  let lastId: string | null = null
  try {
    for (;;) {
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ORDER_SALE_FIELDS,
        filters: lastId ? { id: { $gt: lastId } } : {},
        pagination: { take: batchSize, skip: 0, order: { id: "ASC" } },
      })
      if (!orders.length) {
        break
      }
      lastId = orders[orders.length - 1].id
      const movements = await saleMovementsOf(container, orders as any)
      if (movements.length) {
        const { result } = await recordPartsSalesWorkflow(container).run({
          input: { movements, audit: options.audit },
        })
        changed += result.length
      }
      processed += orders.length
      total = Math.max(total, processed)
      await spareParts.updatePartsRuns({ id: runId, processed, changed, total })
      options.onProgress?.({ processed, total, changed })
    }
    return await spareParts.updatePartsRuns({
      id: runId,
      status: "succeeded",
      processed,
      changed,
      total: processed,
      finished_at: new Date(),
    })
  } catch (error) {
    await spareParts.updatePartsRuns({
      id: runId,
      status: "failed",
      error: error.message,
      finished_at: new Date(),
    })
    throw error
  }
}
