import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ManualMovementRequest } from "../../../lib/spare-parts/stock"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { AuditContext } from "../../audit/types"
import { applyStockMovementsStep, StockMovementRow } from "../steps/apply-stock-movements"
import { planStockMovementStep } from "../steps/plan-stock-movement"
import { evaluateStockAlertsAndNotify } from "./stock-alerts"

/** Audit entries and `stock_movement.recorded` events of freshly written ledger rows. */
export function describeLedgerRows(rows: StockMovementRow[], audit: AuditContext) {
  return {
    audit: rows.map((row) => ({
      context: audit,
      action: "stock_movement.recorded",
      entity_type: "stock_movement",
      entity_id: row.id,
      after: row as unknown as Record<string, unknown>,
    })),
    events: rows.map((row) => ({
      id: row.id,
      part_id: row.part_id,
      location_id: row.location_id,
      type: row.type,
      quantity: row.quantity,
      reference_type: row.reference_type,
      reference_id: row.reference_id,
    })),
    alertScope: {
      part_ids: [...new Set(rows.map((row) => row.part_id))],
      location_ids: [...new Set(rows.map((row) => row.location_id))],
    },
  }
}

/**
 * A manual receipt, issue (manual or to a repair order), transfer between two locations
 * (two rows sharing a transfer id, atomic) or adjustment with a reason: changes host
 * inventory, writes the ledger, then re-evaluates the stock alerts of the part.
 */
export const recordStockMovementWorkflow = createWorkflow(
  "record-stock-movement",
  (input: { movement: ManualMovementRequest; audit: AuditContext }) => {
    const planned = planStockMovementStep(input.movement)
    const applyInput = transform({ input, planned }, ({ input, planned }) => ({
      movements: planned,
      actor: { actor_type: input.audit.actor_type, actor_id: input.audit.actor_id },
    }))
    const rows = applyStockMovementsStep(applyInput)
    const described = transform({ input, rows }, ({ input, rows }) =>
      describeLedgerRows(rows, input.audit)
    )
    recordAuditEntriesStep(described.audit).config({ name: "record-stock-movement-audit" })
    emitEventStep({ eventName: "stock_movement.recorded", data: described.events }).config({
      name: "emit-stock-movement-recorded",
    })
    const alertScope = transform({ described }, ({ described }) => described.alertScope)
    evaluateStockAlertsAndNotify(alertScope)
    return new WorkflowResponse(rows)
  }
)
