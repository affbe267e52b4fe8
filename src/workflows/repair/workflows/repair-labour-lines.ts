import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { recordRepairCostActivitiesStep, touchRepairOrderForCostsStep } from "../steps/repair-cost-helpers"
import {
  createRepairLabourLineStep,
  PrepareAddLabourLineInput,
  prepareAddRepairLabourLineStep,
  removeRepairLabourLineStep,
} from "../steps/repair-labour-lines"

const LABOUR_FIELDS = ["id", "technician_id", "description", "hours", "hourly_cost", "hourly_price", "covered"]

function pick(record: Record<string, unknown>, fields: string[]) {
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null]))
}

export type AddRepairLabourLineWorkflowInput = PrepareAddLabourLineInput & {
  version?: number | null
  audit: AuditContext
}

/** Books labour on a repair (technician, hours, cost and price per hour, covered or not). */
export const addRepairLabourLineWorkflow = createWorkflow(
  "add-repair-labour-line",
  (input: AddRepairLabourLineWorkflowInput) => {
    const prepared = prepareAddRepairLabourLineStep(
      transform({ input }, ({ input }) => {
        const { audit: _audit, version: _version, ...rest } = input
        return rest
      })
    )
    const created = createRepairLabourLineStep(transform({ prepared }, ({ prepared }) => prepared.line))
    touchRepairOrderForCostsStep(
      transform({ input, prepared }, ({ input, prepared }) => ({
        id: prepared.order.id,
        expected_version: input.version ?? null,
      }))
    )
    recordRepairCostActivitiesStep(
      transform({ input, prepared, created }, ({ input, prepared, created }) => [
        {
          repair_order_id: prepared.order.id,
          type: "labour_line_added",
          audit: input.audit,
          data: pick(created as any, LABOUR_FIELDS),
        },
      ])
    )
    recordAuditEntryStep(
      transform({ input, prepared, created }, ({ input, prepared, created }) => ({
        context: input.audit,
        action: "repair_order.labour_line_added",
        entity_type: "repair_order",
        entity_id: prepared.order.id,
        before: null,
        after: pick(created as any, LABOUR_FIELDS),
      }))
    )
    emitEventStep(
      transform({ prepared, created }, ({ prepared, created }) => ({
        eventName: "repair_order.costs_changed",
        data: { id: prepared.order.id, number: prepared.order.number, change: "labour_line_added", line_id: created.id },
      }))
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: created.id })))
  }
)

export type RemoveRepairLabourLineWorkflowInput = {
  repair_order_id: string
  line_id: string
  version?: number | null
  audit: AuditContext
}

export const removeRepairLabourLineWorkflow = createWorkflow(
  "remove-repair-labour-line",
  (input: RemoveRepairLabourLineWorkflowInput) => {
    const removed = removeRepairLabourLineStep(
      transform({ input }, ({ input }) => ({ repair_order_id: input.repair_order_id, line_id: input.line_id }))
    )
    touchRepairOrderForCostsStep(
      transform({ input, removed }, ({ input, removed }) => ({
        id: removed.order.id,
        expected_version: input.version ?? null,
      }))
    )
    recordRepairCostActivitiesStep(
      transform({ input, removed }, ({ input, removed }) => [
        {
          repair_order_id: removed.order.id,
          type: "labour_line_removed",
          audit: input.audit,
          data: pick(removed.line as any, LABOUR_FIELDS),
        },
      ])
    )
    recordAuditEntryStep(
      transform({ input, removed }, ({ input, removed }) => ({
        context: input.audit,
        action: "repair_order.labour_line_removed",
        entity_type: "repair_order",
        entity_id: removed.order.id,
        before: pick(removed.line as any, LABOUR_FIELDS),
        after: null,
      }))
    )
    emitEventStep(
      transform({ removed }, ({ removed }) => ({
        eventName: "repair_order.costs_changed",
        data: {
          id: removed.order.id,
          number: removed.order.number,
          change: "labour_line_removed",
          line_id: removed.line.id,
        },
      }))
    )
    return new WorkflowResponse(transform({ removed }, ({ removed }) => ({ id: removed.line.id })))
  }
)
