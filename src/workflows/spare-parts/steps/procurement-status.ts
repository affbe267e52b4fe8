import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sparePartsService } from "./procurement-helpers"

export type DocumentStatusChange = {
  table: "purchase_requisition" | "purchase_order"
  id: string
  /** The statuses the document must still be in (checked in the same statement as the write). */
  from: string[]
  changes: Record<string, unknown> & { status?: string }
}

/**
 * Changes a requisition's or purchase order's status and bookkeeping columns, guarded by its
 * current status (409 when someone else moved it meanwhile). The compensation writes the
 * previous values back.
 */
export const changeDocumentStatusStep = createStep(
  "change-procurement-document-status",
  async (input: DocumentStatusChange, { container }) => {
    const previous = await sparePartsService(container).updateDocumentIfStatus(
      input.table,
      input.id,
      input.from,
      input.changes
    )
    return new StepResponse(previous, { input, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const { input, previous } = undo
    await sparePartsService(container).updateDocumentIfStatus(
      input.table,
      input.id,
      [String(input.changes.status ?? previous.status)],
      previous
    )
  }
)

/** changeDocumentStatusStep for several documents, all or none. */
export const changeDocumentStatusesStep = createStep(
  "change-procurement-document-statuses",
  async (inputs: DocumentStatusChange[], { container }) => {
    const spareParts = sparePartsService(container)
    const done: { input: DocumentStatusChange; previous: Record<string, unknown> }[] = []
    try {
      for (const input of inputs) {
        const previous = await spareParts.updateDocumentIfStatus(input.table, input.id, input.from, input.changes)
        done.push({ input, previous })
      }
    } catch (error) {
      await undoStatusChanges(spareParts, done)
      throw error
    }
    return new StepResponse(done.map(({ previous }) => previous), done)
  },
  async (done, { container }) => {
    if (done?.length) {
      await undoStatusChanges(sparePartsService(container), done)
    }
  }
)

async function undoStatusChanges(
  spareParts: ReturnType<typeof sparePartsService>,
  done: { input: DocumentStatusChange; previous: Record<string, unknown> }[]
) {
  for (const { input, previous } of [...done].reverse()) {
    await spareParts.updateDocumentIfStatus(
      input.table,
      input.id,
      [String(input.changes.status ?? previous.status)],
      previous
    )
  }
}
