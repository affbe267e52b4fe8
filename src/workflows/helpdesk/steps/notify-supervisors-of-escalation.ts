import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notifyRoleHolders } from "../../notifications/notify-role-holders"
import type { SlaEscalation } from "./escalate-breached-tickets"

/** Template name of the e-mail supervisors receive when a ticket is escalated on an SLA breach. */
export const SLA_ESCALATION_TEMPLATE = "aftersales-sla-escalation"

/** The after-sales role whose holders are told about escalations. */
export const SUPERVISOR_ROLE = "supervisor"

/**
 * E-mails every admin user holding the after-sales "supervisor" role about each escalation,
 * through the host Notification module (channel email, template `aftersales-sla-escalation`).
 * Runs last and never fails the workflow: a failure to send is logged. The idempotency key
 * (ticket, escalation time, supervisor) keeps a retried run from mailing twice.
 */
export const notifySupervisorsOfEscalationStep = createStep(
  "notify-supervisors-of-sla-escalation",
  async (escalations: SlaEscalation[], { container }) => {
    const sent = await notifyRoleHolders(container, {
      role: SUPERVISOR_ROLE,
      items: escalations,
      failureMessage: "aftersales: could not notify supervisors about SLA escalations",
      buildNotification: (escalation, supervisor) => ({
        channel: "email",
        template: SLA_ESCALATION_TEMPLATE,
        trigger_type: "service_ticket.sla_breached",
        resource_id: escalation.ticket_id,
        resource_type: "service_ticket",
        receiver_id: supervisor.id,
        idempotency_key: `${SLA_ESCALATION_TEMPLATE}-${escalation.ticket_id}-${escalation.escalated_at}-${supervisor.id}`,
        data: {
          ticket_id: escalation.ticket_id,
          ticket_number: escalation.number,
          subject: escalation.subject,
          targets: escalation.targets,
          due_at: escalation.due_at,
          previous_priority: escalation.from_priority,
          priority: escalation.to_priority,
          assignee_id: escalation.assignee_id,
          supervisor_first_name: supervisor.first_name ?? null,
          supervisor_last_name: supervisor.last_name ?? null,
        },
      }),
    })
    return new StepResponse(sent)
  }
)
