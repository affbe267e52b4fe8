import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  appendAuditEntries,
  appendReversalEntries,
  RecordAuditEntryInput,
} from "./record-audit-entry"

/** Appends one audit entry per record of a bulk change (e.g. assigning several tickets). */
export const recordAuditEntriesStep = createStep(
  "record-aftersales-audit-entries",
  async (inputs: RecordAuditEntryInput[], { container }) => {
    if (!inputs.length) {
      return new StepResponse([], [])
    }
    return new StepResponse(await appendAuditEntries(container, inputs), inputs)
  },
  async (inputs, { container }) => {
    if (inputs?.length) {
      await appendReversalEntries(container, inputs)
    }
  }
)
