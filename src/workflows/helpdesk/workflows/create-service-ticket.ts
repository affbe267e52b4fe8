import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  createServiceTicketStep,
  CreateServiceTicketStepInput,
} from "../steps/create-service-ticket"
import { applyServiceTicketSlaStep } from "../steps/apply-service-ticket-sla"
import { createTicketActivitiesStep } from "../steps/create-ticket-activities"
import { resolveTicketAssignmentStep } from "../steps/resolve-ticket-assignment"
import { validateAssigneeStep } from "../steps/validate-assignee"
import {
  TicketReferencesInput,
  validateTicketReferencesStep,
} from "../steps/validate-ticket-references"
import { activityActor, TicketActivityInput } from "../types"

export type CreateServiceTicketInput = Omit<
  CreateServiceTicketStepInput,
  keyof TicketReferencesInput
> &
  TicketReferencesInput

export type CreateServiceTicketWorkflowInput = {
  ticket: CreateServiceTicketInput
  audit: AuditContext
}

/**
 * Opens a ticket: checks the customer, order, line items and product it refers to (400 when
 * they do not fit together), numbers it and puts it in the initial stage of its pipeline.
 */
export const createServiceTicketWorkflow = createWorkflow(
  "create-service-ticket",
  (input: CreateServiceTicketWorkflowInput) => {
    const referencesInput = transform({ input }, ({ input }) => ({
      customer_id: input.ticket.customer_id,
      order_id: input.ticket.order_id,
      line_item_ids: input.ticket.line_item_ids,
      product_id: input.ticket.product_id,
      variant_id: input.ticket.variant_id,
    }))
    const references = validateTicketReferencesStep(referencesInput)
    const assigneeId = transform({ input }, ({ input }) => input.ticket.assignee_id ?? null)
    validateAssigneeStep(assigneeId)
    // without an assignee, the first matching assignment rule decides (and sets the team)
    const assignment = resolveTicketAssignmentStep(
      transform({ input, references }, ({ input, references }) => ({
        ...input.ticket,
        product_id: references.product_id,
      }))
    )

    const ticketInput = transform(
      { input, references, assignment },
      ({ input, references, assignment }) => ({
        ...input.ticket,
        ...references,
        assignee_id: assignment.assignee_id,
        team: assignment.team,
      })
    )
    const ticket = createServiceTicketStep(ticketInput)
    applyServiceTicketSlaStep(
      transform({ ticket }, ({ ticket }) => ({ ticket_id: ticket.id, select_policy: true }))
    )

    const activities = transform({ input, ticket, assignment }, ({ input, ticket, assignment }) => {
      const actor = activityActor(input.audit)
      const rows: TicketActivityInput[] = [
        {
          ticket_id: ticket.id,
          type: "created",
          ...actor,
          data: {
            number: ticket.number,
            type: ticket.type,
            channel: ticket.channel,
            priority: ticket.priority,
            stage: ticket.stage,
          },
        },
      ]
      if (ticket.assignee_id) {
        rows.push({
          ticket_id: ticket.id,
          type: "assigned",
          ...actor,
          data: {
            assignee_id: ticket.assignee_id,
            previous_assignee_id: null,
            ...(assignment.rule && { rule_id: assignment.rule.id, rule_name: assignment.rule.name }),
          },
        })
      }
      return rows
    })
    createTicketActivitiesStep(activities)

    const auditEntry = transform({ input, ticket }, ({ input, ticket }) => ({
      context: input.audit,
      action: "service_ticket.created",
      entity_type: "service_ticket",
      entity_id: ticket.id,
      after: ticket as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)

    const events = transform({ ticket }, ({ ticket }) => ({
      created: {
        eventName: "service_ticket.created",
        data: {
          id: ticket.id,
          number: ticket.number,
          type: ticket.type,
          channel: ticket.channel,
          priority: ticket.priority,
          customer_id: ticket.customer_id,
          order_id: ticket.order_id,
        },
      },
      assigned: {
        eventName: "service_ticket.assigned",
        data: ticket.assignee_id
          ? [
              {
                id: ticket.id,
                number: ticket.number,
                assignee_id: ticket.assignee_id,
                previous_assignee_id: null,
              },
            ]
          : [],
      },
    }))
    emitEventStep(events.created).config({ name: "emit-service-ticket-created" })
    emitEventStep(events.assigned).config({ name: "emit-service-ticket-assigned" })

    return new WorkflowResponse(ticket)
  }
)
