import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { AuditContext, SYSTEM_AUDIT_CONTEXT } from "../../audit/types"
import { changeStockAlertStatusStep } from "../steps/change-stock-alert-status"
import {
  evaluateStockAlertsStep,
  EvaluateStockAlertsInput,
  StockAlertEvaluation,
} from "../steps/evaluate-stock-alerts"
import { notifyPartsManagersOfStockAlertsStep } from "../steps/notify-parts-managers-of-stock-alerts"

/**
 * The tail of every workflow that changes stock: evaluate the alerts of the touched parts
 * and locations, record what changed, emit `spare_part.low_stock` / `spare_part.stockout`
 * once per raised alert and tell the parts managers.
 */
export function evaluateStockAlertsAndNotify(input: WorkflowData<EvaluateStockAlertsInput>) {
  const evaluation = evaluateStockAlertsStep(input)
  const audit = transform({ evaluation }, ({ evaluation }) => [
    ...evaluation.raised.map((alert) => ({
      context: SYSTEM_AUDIT_CONTEXT,
      action: "stock_alert.raised",
      entity_type: "stock_alert",
      entity_id: alert.id,
      after: alert as unknown as Record<string, unknown>,
    })),
    ...evaluation.resolved.map((alert) => ({
      context: SYSTEM_AUDIT_CONTEXT,
      action: "stock_alert.resolved",
      entity_type: "stock_alert",
      entity_id: alert.id,
      before: { status: alert.previous_status },
      after: { status: "resolved", resolution_note: "recovered" },
    })),
  ])
  recordAuditEntriesStep(audit).config({ name: "record-stock-alert-audit-entries" })
  const events = transform({ evaluation }, ({ evaluation }) => {
    const payload = (type: string) =>
      evaluation.raised
        .filter((alert) => alert.type === type)
        .map((alert) => ({
          id: alert.part_id,
          part_number: alert.part_number,
          location_id: alert.location_id,
          available: alert.available,
          reorder_point: alert.reorder_point,
          alert_id: alert.id,
        }))
    return { low_stock: payload("low_stock"), stockout: payload("stockout") }
  })
  emitEventStep({ eventName: "spare_part.low_stock", data: events.low_stock }).config({
    name: "emit-spare-part-low-stock",
  })
  emitEventStep({ eventName: "spare_part.stockout", data: events.stockout }).config({
    name: "emit-spare-part-stockout",
  })
  const raised = transform({ evaluation }, ({ evaluation }) => evaluation.raised)
  notifyPartsManagersOfStockAlertsStep(raised)
  return evaluation
}

/** Evaluates alerts (all monitored parts, or the given ones); run by the job every 15 minutes. */
export const evaluateStockAlertsWorkflow = createWorkflow(
  "evaluate-stock-alerts",
  (input: WorkflowData<EvaluateStockAlertsInput>) => {
    const evaluation: WorkflowData<StockAlertEvaluation> = evaluateStockAlertsAndNotify(input)
    return new WorkflowResponse(evaluation)
  }
)

export const changeStockAlertStatusWorkflow = createWorkflow(
  "change-stock-alert-status",
  (input: {
    id: string
    action: "acknowledge" | "resolve"
    note?: string | null
    audit: AuditContext
  }) => {
    const changed = changeStockAlertStatusStep(input)
    const audit = transform({ input, changed }, ({ input, changed }) => [
      {
        context: input.audit,
        action: input.action === "acknowledge" ? "stock_alert.acknowledged" : "stock_alert.resolved",
        entity_type: "stock_alert",
        entity_id: input.id,
        before: { status: changed.previous_status },
        after: { status: changed.status, note: input.note ?? null },
      },
    ])
    recordAuditEntriesStep(audit)
    return new WorkflowResponse(changed)
  }
)
