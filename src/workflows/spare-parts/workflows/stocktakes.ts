import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { applyStockMovementsStep } from "../steps/apply-stock-movements"
import {
  decideStocktakeStep,
  enterStocktakeCountsStep,
  OpenStocktakeInput,
  openStocktakeStep,
  stocktakePostingMovements,
} from "../steps/stocktakes"
import { describeLedgerRows } from "./record-stock-movement"
import { evaluateStockAlertsAndNotify } from "./stock-alerts"

export const openStocktakeWorkflow = createWorkflow(
  "open-stocktake",
  (input: { stocktake: Omit<OpenStocktakeInput, "opened_by">; audit: AuditContext }) => {
    const openInput = transform({ input }, ({ input }) => ({
      ...input.stocktake,
      opened_by: input.audit.actor_id,
    }))
    const stocktake = openStocktakeStep(openInput)
    const audit = transform({ input, stocktake }, ({ input, stocktake }) => ({
      context: input.audit,
      action: "stocktake.opened",
      entity_type: "stocktake",
      entity_id: stocktake.id,
      after: {
        number: stocktake.number,
        location_id: stocktake.location_id,
        blind_count: stocktake.blind_count,
        lines: (stocktake as any).lines?.length ?? 0,
      },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(stocktake)
  }
)

export const enterStocktakeCountsWorkflow = createWorkflow(
  "enter-stocktake-counts",
  (input: {
    id: string
    counts: { part_id: string; counted_quantity: number }[]
    audit: AuditContext
    source?: "form" | "csv"
  }) => {
    const countInput = transform({ input }, ({ input }) => ({
      id: input.id,
      counts: input.counts,
      counted_by: input.audit.actor_id,
    }))
    const result = enterStocktakeCountsStep(countInput)
    const audit = transform({ input, result }, ({ input, result }) => ({
      context: input.audit,
      action: "stocktake.counted",
      entity_type: "stocktake",
      entity_id: result.id,
      after: { counts: input.counts } as Record<string, unknown>,
      metadata: { source: input.source ?? "form" },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(result)
  }
)

/** Submit, approve (someone who neither opened nor counted) or cancel a stocktake. */
export const decideStocktakeWorkflow = createWorkflow(
  "decide-stocktake",
  (input: {
    id: string
    action: "submit" | "approve" | "cancel"
    reason?: string | null
    audit: AuditContext
  }) => {
    const decisionInput = transform({ input }, ({ input }) => ({
      id: input.id,
      action: input.action,
      actor_id: input.audit.actor_id,
      reason: input.reason ?? null,
    }))
    const decided = decideStocktakeStep(decisionInput)
    const audit = transform({ input, decided }, ({ input, decided }) => ({
      context: input.audit,
      action: `stocktake.${decided.status}`,
      entity_type: "stocktake",
      entity_id: decided.id,
      before: { status: decided.previous_status },
      after: { status: decided.status, reason: input.reason ?? null },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(decided)
  }
)

/**
 * Posts an approved stocktake: one adjustment per line whose count differs from the
 * snapshot, through the same stock step as every movement, all or nothing (a refused line
 * leaves the stocktake approved and the inventory untouched).
 */
export const postStocktakeWorkflow = createWorkflow(
  "post-stocktake",
  (input: { id: string; audit: AuditContext }) => {
    const decisionInput = transform({ input }, ({ input }) => ({
      id: input.id,
      action: "post" as const,
      actor_id: input.audit.actor_id,
    }))
    const posted = decideStocktakeStep(decisionInput)
    const applyInput = transform({ input, posted }, ({ input, posted }) => ({
      movements: stocktakePostingMovements(posted),
      actor: { actor_type: input.audit.actor_type, actor_id: input.audit.actor_id },
    }))
    const rows = applyStockMovementsStep(applyInput)
    const described = transform({ input, rows }, ({ input, rows }) =>
      describeLedgerRows(rows, input.audit)
    )
    const audit = transform({ input, posted, described }, ({ input, posted, described }) => [
      {
        context: input.audit,
        action: "stocktake.posted",
        entity_type: "stocktake",
        entity_id: posted.id,
        before: { status: posted.previous_status },
        after: { status: "posted", adjustments: described.events.length },
      },
      ...described.audit,
    ])
    recordAuditEntriesStep(audit)
    emitEventStep({ eventName: "stock_movement.recorded", data: described.events }).config({
      name: "emit-stocktake-stock-movements",
    })
    const event = transform({ posted, rows }, ({ posted, rows }) => ({
      id: posted.id,
      number: posted.number,
      location_id: posted.location_id,
      adjustments: rows.length,
      net_quantity: rows.reduce((sum, row) => sum + row.quantity, 0),
    }))
    emitEventStep({ eventName: "stocktake.posted", data: event }).config({
      name: "emit-stocktake-posted",
    })
    const alertScope = transform({ posted }, ({ posted }) => ({
      part_ids: posted.lines.map((line) => line.part_id),
      location_ids: [posted.location_id],
    }))
    evaluateStockAlertsAndNotify(alertScope)
    return new WorkflowResponse({ stocktake: posted, movements: rows })
  }
)
