import {
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Template name of the e-mail a customer receives when an agent answers publicly. */
export const TICKET_REPLY_TEMPLATE = "aftersales-ticket-reply"

export type NotifyCustomerOfReplyInput = {
  notify: boolean
  ticket: { id: string; number: string; subject: string; customer_id: string | null }
  message: { id: string; body: string; attachments: unknown; created_at?: unknown }
}

/**
 * Sends the agent's public reply to the customer through the host Notification module
 * (template `aftersales-ticket-reply`, channel email). Runs last: a reply is never lost
 * because mail delivery failed; the failure is logged instead. The idempotency key (the
 * message id) keeps a retried workflow from mailing twice.
 */
export const notifyCustomerOfReplyStep = createStep(
  "notify-customer-of-ticket-reply",
  async (input: NotifyCustomerOfReplyInput, { container }) => {
    if (!input.notify || !input.ticket.customer_id) {
      return new StepResponse(null)
    }
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    try {
      const notificationService = container.resolve(Modules.NOTIFICATION, {
        allowUnregistered: true,
      }) as any
      if (!notificationService) {
        return new StepResponse(null)
      }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: customers } = await query.graph({
        entity: "customer",
        fields: ["id", "email", "first_name", "last_name"],
        filters: { id: input.ticket.customer_id },
      })
      const customer = customers[0] as any
      if (!customer?.email) {
        return new StepResponse(null)
      }
      const [notification] = await notificationService.createNotifications([
        {
          to: customer.email,
          channel: "email",
          template: TICKET_REPLY_TEMPLATE,
          trigger_type: "service_ticket.message_added",
          resource_id: input.ticket.id,
          resource_type: "service_ticket",
          receiver_id: customer.id,
          idempotency_key: `${TICKET_REPLY_TEMPLATE}-${input.message.id}`,
          data: {
            ticket_id: input.ticket.id,
            ticket_number: input.ticket.number,
            subject: input.ticket.subject,
            message_id: input.message.id,
            body: input.message.body,
            attachments: input.message.attachments ?? [],
            customer_first_name: customer.first_name ?? null,
            customer_last_name: customer.last_name ?? null,
          },
        },
      ])
      return new StepResponse(notification ? { id: notification.id } : null)
    } catch (error) {
      logger.warn(
        `aftersales: could not notify the customer about the reply on ticket ${input.ticket.number}: ${error.message}`
      )
      return new StepResponse(null)
    }
  }
)
