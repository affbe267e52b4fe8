import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { AuditContext } from "../../audit/types"
import {
  computePartForecastsStep,
  followForecastPoliciesStep,
  storePartForecastsStep,
} from "../steps/forecast-spare-parts"

export type ForecastSparePartsInput = {
  /** Parts to forecast; all active parts when empty. */
  part_ids?: string[] | null
  /** Progress is reported on this parts run (forecast-all from the admin). */
  run_id?: string | null
  /** The moment the forecast is made for (tests and the demo seed); default now. */
  now?: string | null
  audit: AuditContext
}

/**
 * Forecasts spare-part demand from the ledger, stores the forecasts (method, class, backtest
 * accuracy, 80% intervals, proposed safety stock and reorder point per location) and updates
 * the reorder policies that follow the forecast. Nightly job, per-part action, forecast-all.
 */
export const forecastSparePartsWorkflow = createWorkflow(
  "forecast-spare-parts",
  (input: ForecastSparePartsInput) => {
    const rows = computePartForecastsStep(
      transform({ input }, ({ input }) => ({ part_ids: input.part_ids ?? null, now: input.now ?? null }))
    )
    const stored = storePartForecastsStep(
      transform({ rows, input }, ({ rows, input }) => ({ rows, run_id: input.run_id ?? null }))
    )
    const policyChanges = followForecastPoliciesStep(rows)
    const auditEntries = transform({ input, rows, policyChanges }, ({ input, rows, policyChanges }) => [
      ...(rows.length
        ? [
            {
              context: input.audit,
              action: "part_forecast.computed",
              entity_type: "part_forecast",
              entity_id: null,
              metadata: {
                parts: new Set(rows.map((row) => row.part_id)).size,
                forecasts: rows.length,
                part_ids: input.part_ids?.length ? input.part_ids : "all active",
              },
            },
          ]
        : []),
      ...policyChanges.map(({ before, after }) => ({
        context: input.audit,
        action: "reorder_policy.updated_from_forecast",
        entity_type: "reorder_policy",
        entity_id: after.id,
        before: before as unknown as Record<string, unknown>,
        after: after as unknown as Record<string, unknown>,
      })),
    ])
    recordAuditEntriesStep(auditEntries)
    const result = transform({ rows, stored, policyChanges }, ({ rows, stored, policyChanges }) => ({
      forecasts: stored.length,
      parts: new Set(rows.map((row) => row.part_id)).size,
      policies_updated: policyChanges.length,
    }))
    return new WorkflowResponse(result)
  }
)
