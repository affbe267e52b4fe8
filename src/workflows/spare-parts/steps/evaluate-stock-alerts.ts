import type { MedusaContainer } from "@medusajs/framework/types"
import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stockAlertConditions } from "../../../lib/spare-parts/stock"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import type { StockAlertType } from "../../../modules/spare-parts/models/stock-alert"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import { getStockPositions } from "../stock-positions"

export type EvaluateStockAlertsInput = {
  /** Limit the evaluation to these parts / locations (all when omitted). */
  part_ids?: string[]
  location_ids?: string[]
}

export type RaisedStockAlert = {
  id: string
  type: StockAlertType
  part_id: string
  part_number: string
  part_name: string
  location_id: string
  location_name: string | null
  available: number
  reorder_point: number
  suggested_quantity: number
}

export type StockAlertEvaluation = {
  raised: RaisedStockAlert[]
  /** Alerts that resolved themselves because the stock recovered, with their previous status. */
  resolved: { id: string; previous_status: string }[]
}

const UNRESOLVED = ["open", "acknowledged"]

/**
 * Compares every monitored part and location (those with a reorder policy) with its reorder
 * point: raises a low_stock alert at or below it and a stockout alert at zero, each once
 * while unresolved, and resolves alerts whose condition no longer holds.
 */
export async function evaluateStockAlerts(
  container: MedusaContainer,
  input: EvaluateStockAlertsInput
): Promise<StockAlertEvaluation> {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const positions = (await getStockPositions(container, input)).filter(
    (position) => position.reorder_point !== null
  )
  const unresolved = await spareParts.listStockAlerts(
    {
      status: UNRESOLVED,
      ...(input.part_ids ? { part_id: input.part_ids } : {}),
      ...(input.location_ids ? { location_id: input.location_ids } : {}),
    } as any,
    { select: ["id", "part_id", "location_id", "type", "status"], take: null }
  )
  const key = (partId: string, locationId: string, type: string) =>
    `${partId}:${locationId}:${type}`
  const unresolvedByKey = new Map(
    unresolved.map((alert) => [key(alert.part_id, alert.location_id, alert.type), alert])
  )

  const candidates: RaisedStockAlert[] = []
  const stillDue = new Set<string>()
  for (const position of positions) {
    const conditions = stockAlertConditions(position.available, position.reorder_point!)
    for (const type of ["low_stock", "stockout"] as const) {
      if (!conditions[type]) {
        continue
      }
      const k = key(position.part_id, position.location_id, type)
      stillDue.add(k)
      if (!unresolvedByKey.has(k)) {
        candidates.push({
          id: generateEntityId(undefined, "salrt"),
          type,
          part_id: position.part_id,
          part_number: position.part_number,
          part_name: position.part_name,
          location_id: position.location_id,
          location_name: position.location_name,
          available: position.available,
          reorder_point: position.reorder_point!,
          suggested_quantity: position.suggested_quantity,
        })
      }
    }
  }
  const inserted = new Set(
    (await spareParts.raiseStockAlerts(candidates)).map((row) => row.id)
  )
  const recovered = unresolved.filter(
    (alert) => !stillDue.has(key(alert.part_id, alert.location_id, alert.type))
  )
  const resolvedIds = new Set(
    await spareParts.setStockAlertStatus(
      recovered.map((alert) => alert.id),
      UNRESOLVED,
      { status: "resolved", actor_id: null, resolution_note: "recovered" }
    )
  )
  return {
    raised: candidates.filter((candidate) => inserted.has(candidate.id)),
    resolved: recovered
      .filter((alert) => resolvedIds.has(alert.id))
      .map((alert) => ({ id: alert.id, previous_status: alert.status })),
  }
}

export const evaluateStockAlertsStep = createStep(
  "evaluate-stock-alerts",
  async (input: EvaluateStockAlertsInput, { container }) => {
    const evaluation = await evaluateStockAlerts(container, input)
    return new StepResponse(evaluation, evaluation)
  },
  async (evaluation, { container }) => {
    if (!evaluation) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    if (evaluation.raised.length) {
      await spareParts.deleteStockAlerts(evaluation.raised.map((alert) => alert.id))
    }
    for (const status of ["open", "acknowledged"] as const) {
      const ids = evaluation.resolved
        .filter((alert) => alert.previous_status === status)
        .map((alert) => alert.id)
      await spareParts.setStockAlertStatus(ids, ["resolved"], { status, actor_id: null })
    }
  }
)
