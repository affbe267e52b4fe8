import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AuditContext } from "../audit/types"

export type RunProgress = { processed: number; total: number; changed: number }

/** How a caller starts a batched background run. */
export type BatchedRunOptions = {
  audit: AuditContext
  batchSize?: number
  onProgress?: (progress: RunProgress) => void
}

/** The columns of a background run record written while it works and when it ends. */
export type RunUpdate = Partial<RunProgress> & {
  status?: "succeeded" | "failed"
  error?: string
  finished_at?: Date
}

export type RunInIdBatchesInput<Row extends { id: string }, RunRecord> = {
  /** The entity read with query.graph, in id order. */
  entity: string
  fields: string[]
  batchSize: number
  /** The total recorded on the run when it was started (an estimate; grows if exceeded). */
  initialTotal: number
  /** Handles one batch and answers how many records it changed. */
  processBatch: (rows: Row[]) => Promise<number>
  /** Writes progress or the final state onto the run record. */
  updateRun: (update: RunUpdate) => Promise<RunRecord>
  onProgress?: (progress: RunProgress) => void
}

/**
 * Works through every record of an entity in id order, one batch at a time, and records the
 * progress on the run after each batch (the admin polls it). A failed batch ends the run as
 * failed and rethrows; batches done before it stay done. Answers the finished run record.
 */
export async function runInIdBatches<Row extends { id: string }, RunRecord>(
  container: MedusaContainer,
  input: RunInIdBatchesInput<Row, RunRecord>
): Promise<RunRecord> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let processed = 0
  let changed = 0
  let total = input.initialTotal
  let lastId: string | null = null
  try {
    for (;;) {
      const { data } = await query.graph({
        entity: input.entity,
        fields: input.fields,
        filters: lastId ? { id: { $gt: lastId } } : {},
        pagination: { take: input.batchSize, skip: 0, order: { id: "ASC" } },
      })
      const rows = data as Row[]
      if (!rows.length) {
        break
      }
      lastId = rows[rows.length - 1].id
      changed += await input.processBatch(rows)
      processed += rows.length
      total = Math.max(total, processed)
      await input.updateRun({ processed, changed, total })
      input.onProgress?.({ processed, total, changed })
    }
    return await input.updateRun({
      status: "succeeded",
      processed,
      changed,
      total: processed,
      finished_at: new Date(),
    })
  } catch (error) {
    await input.updateRun({
      status: "failed",
      error: error.message,
      finished_at: new Date(),
    })
    throw error
  }
}
