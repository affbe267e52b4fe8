import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { applyServiceTicketSlasStep } from "../steps/apply-service-ticket-sla"
import { createTicketActivitiesStep } from "../steps/create-ticket-activities"
import {
  updateTicketPipelineStep,
  UpdateTicketPipelineInput,
} from "../steps/update-ticket-pipeline"
import { activityActor, TicketActivityInput } from "../types"

export type UpdateTicketPipelineWorkflowInput = {
  pipeline: UpdateTicketPipelineInput
  audit: AuditContext
}

/**
 * Changes a pipeline and, in the same workflow, moves tickets out of removed stages so no
 * ticket is ever stranded. Moved tickets get a stage_changed timeline entry and event, and
 * their SLA clocks pause or resume for the stage they landed in.
 */
export const updateTicketPipelineWorkflow = createWorkflow(
  "update-ticket-pipeline",
  (input: UpdateTicketPipelineWorkflowInput) => {
    const updated = updateTicketPipelineStep(input.pipeline)

    const activities = transform({ input, updated }, ({ input, updated }) =>
      updated.moved
        .filter((ticket) => ticket.stage !== ticket.new_stage || ticket.stage_category !== ticket.new_category)
        .map(
          (ticket): TicketActivityInput => ({
            ticket_id: ticket.id,
            type: "stage_changed",
            ...activityActor(input.audit),
            data: {
              from_stage: ticket.stage,
              to_stage: ticket.new_stage,
              from_category: ticket.stage_category,
              to_category: ticket.new_category,
              transition: "pipeline_changed",
              pipeline_key: updated.after.key,
              reopened: false,
            },
          })
        )
    )
    createTicketActivitiesStep(activities)
    applyServiceTicketSlasStep(
      transform({ updated }, ({ updated }) => updated.moved.map((ticket) => ticket.id))
    )

    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action: "ticket_pipeline.updated",
      entity_type: "ticket_pipeline",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record<string, unknown>,
      after: updated.after as unknown as Record<string, unknown>,
      metadata: updated.moved.length
        ? {
            stage_migration: updated.migration,
            tickets_changed: updated.moved.map((ticket) => ({
              id: ticket.id,
              number: ticket.number,
              from_stage: ticket.stage,
              to_stage: ticket.new_stage,
            })),
          }
        : null,
    }))
    recordAuditEntryStep(auditEntry)

    const event = transform({ updated }, ({ updated }) => ({
      eventName: "service_ticket.stage_changed",
      data: updated.moved.map((ticket) => ({
        id: ticket.id,
        number: ticket.number,
        from_stage: ticket.stage,
        to_stage: ticket.new_stage,
        previous_stage_category: ticket.stage_category,
        stage_category: ticket.new_category,
      })),
    }))
    emitEventStep(event)

    return new WorkflowResponse(updated.after)
  }
)
