import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { applyServiceTicketSlaStep } from "../steps/apply-service-ticket-sla"
import { createTicketActivitiesStep } from "../steps/create-ticket-activities"
import { createTicketMessageStep } from "../steps/create-ticket-message"
import { notifyCustomerOfReplyStep } from "../steps/notify-customer-of-reply"
import {
  prepareTicketMessageStep,
  TicketMessageInput,
} from "../steps/prepare-ticket-message"
import { updateServiceTicketsStep } from "../steps/update-service-tickets"
import { activityActor, TicketActivityInput } from "../types"

export type AddTicketMessageWorkflowInput = {
  ticket_id: string
  /** Who writes: agents (admin users, API keys), the ticket's customer, or the system. */
  author: { type: "agent" | "customer" | "system"; id: string | null }
  message: TicketMessageInput
  audit: AuditContext
}

/**
 * Adds a message to a ticket: a customer message, an agent's public reply, an internal note
 * or a phone call log. See prepareTicketMessageStep for the rules.
 */
export const addTicketMessageWorkflow = createWorkflow(
  "add-ticket-message",
  (input: AddTicketMessageWorkflowInput) => {
    const prepareInput = transform({ input }, ({ input }) => ({
      ticket_id: input.ticket_id,
      author: input.author,
      message: input.message,
    }))
    const prepared = prepareTicketMessageStep(prepareInput)

    const messageInput = transform({ prepared }, ({ prepared }) => prepared.message)
    const message = createTicketMessageStep(messageInput)

    const updates = transform({ prepared }, ({ prepared }) =>
      Object.keys(prepared.changes).length
        ? [{ id: prepared.ticket.id, expected_version: null, changes: prepared.changes }]
        : []
    )
    updateServiceTicketsStep(updates)
    applyServiceTicketSlaStep(
      transform({ prepared, message }, ({ prepared, message }) => ({ ticket_id: prepared.ticket.id, message }))
    )

    const activities = transform(
      { input, prepared, message },
      ({ input, prepared, message }) => {
        const actor = activityActor(input.audit)
        const rows: TicketActivityInput[] = [
          {
            ticket_id: prepared.ticket.id,
            type: "message_added",
            ...actor,
            data: {
              message_id: message.id,
              author_type: message.author_type,
              visibility: message.visibility,
              direction: message.direction,
              channel: message.channel,
              ...(message.duration_seconds != null || message.outcome != null
                ? {
                    call: {
                      duration_seconds: message.duration_seconds,
                      outcome: message.outcome,
                      callback_needed: message.callback_needed,
                    },
                  }
                : {}),
            },
          },
        ]
        if (prepared.stage_change) {
          rows.push({
            ticket_id: prepared.ticket.id,
            type: "stage_changed",
            ...actor,
            data: { ...prepared.stage_change, transition: "customer_replied", reopened: false },
          })
        }
        return rows
      }
    )
    createTicketActivitiesStep(activities)

    const auditEntry = transform({ input, prepared, message }, ({ input, prepared, message }) => ({
      context: input.audit,
      action: "service_ticket.message_added",
      entity_type: "service_ticket",
      entity_id: prepared.ticket.id,
      after: {
        message_id: message.id,
        author_type: message.author_type,
        visibility: message.visibility,
        direction: message.direction,
        channel: message.channel,
        ...(prepared.stage_change ? { stage: prepared.stage_change.to_stage } : {}),
      },
    }))
    recordAuditEntryStep(auditEntry)

    const events = transform({ prepared, message }, ({ prepared, message }) => ({
      messageAdded: {
        eventName: "service_ticket.message_added",
        data: {
          id: prepared.ticket.id,
          number: prepared.ticket.number,
          message_id: message.id,
          author_type: message.author_type,
          visibility: message.visibility,
          direction: message.direction,
          channel: message.channel,
        },
      },
      stageChanged: {
        eventName: "service_ticket.stage_changed",
        data: prepared.stage_change
          ? [
              {
                id: prepared.ticket.id,
                number: prepared.ticket.number,
                from_stage: prepared.stage_change.from_stage,
                to_stage: prepared.stage_change.to_stage,
                previous_stage_category: prepared.stage_change.from_category,
                stage_category: prepared.stage_change.to_category,
              },
            ]
          : [],
      },
    }))
    emitEventStep(events.messageAdded).config({ name: "emit-service-ticket-message-added" })
    emitEventStep(events.stageChanged).config({ name: "emit-service-ticket-stage-changed" })

    const notifyInput = transform({ prepared, message }, ({ prepared, message }) => ({
      notify: prepared.notify_customer,
      ticket: prepared.ticket,
      message: { id: message.id, body: message.body, attachments: message.attachments },
    }))
    notifyCustomerOfReplyStep(notifyInput)

    return new WorkflowResponse(message)
  }
)
