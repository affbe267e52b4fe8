import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createRepairActivitiesStep } from "../steps/create-repair-activities"
import {
  updateRepairPipelineStep,
  UpdateRepairPipelineInput,
} from "../steps/update-repair-pipeline"
import { RepairActivityInput, repairActivityActor } from "../types"

/**
 * Changes a repair pipeline and moves repair orders out of removed stages in the same
 * workflow; moved orders get a timeline entry and `repair_order.status_changed`.
 */
export const updateRepairPipelineWorkflow = createWorkflow(
  "update-repair-pipeline",
  (input: { pipeline: UpdateRepairPipelineInput; audit: AuditContext }) => {
    const updated = updateRepairPipelineStep(input.pipeline)
    createRepairActivitiesStep(
      transform({ input, updated }, ({ input, updated }) =>
        updated.moved.map(
          (order): RepairActivityInput => ({
            repair_order_id: order.id,
            type: "stage_changed",
            ...repairActivityActor(input.audit),
            from_stage: order.stage,
            to_stage: order.new_stage,
            data: { transition: "pipeline_changed", pipeline_key: updated.after.key },
          })
        )
      )
    )
    recordAuditEntryStep(
      transform({ input, updated }, ({ input, updated }) => ({
        context: input.audit,
        action: "repair_pipeline.updated",
        entity_type: "repair_pipeline",
        entity_id: updated.after.id,
        before: updated.before as unknown as Record<string, unknown>,
        after: updated.after as unknown as Record<string, unknown>,
        metadata: updated.moved.length
          ? {
              stage_migration: updated.migration,
              repair_orders_changed: updated.moved.map((order) => ({
                id: order.id,
                number: order.number,
                from_stage: order.stage,
                to_stage: order.new_stage,
              })),
            }
          : null,
      }))
    )
    emitEventStep(
      transform({ input, updated }, ({ input, updated }) => ({
        eventName: "repair_order.status_changed",
        data: updated.moved.map((order) => ({
          id: order.id,
          number: order.number,
          from_stage: order.stage,
          to_stage: order.new_stage,
          stage_category: order.new_category,
          actor_id: input.audit.actor_id ?? null,
        })),
      }))
    )
    return new WorkflowResponse(updated.after)
  }
)
