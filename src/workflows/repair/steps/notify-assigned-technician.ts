import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const REPAIR_ASSIGNED_TEMPLATE = "repair-order-assigned"

export type NotifyAssignedTechnicianInput = {
  repair_order_id: string
  number: string
  technician: { id: string; name: string; user_id: string | null } | null
}

/**
 * E-mails the admin user linked to the newly assigned technician through the host
 * Notification module. Never fails the assignment: a missing module or a sending error is
 * logged. Nothing to undo.
 */
export const notifyAssignedTechnicianStep = createStep(
  "notify-assigned-technician",
  async (input: NotifyAssignedTechnicianInput, { container }) => {
    if (!input.technician?.user_id) {
      return new StepResponse(0)
    }
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    try {
      const notifications = container.resolve(Modules.NOTIFICATION, { allowUnregistered: true }) as any
      if (!notifications) {
        return new StepResponse(0)
      }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [user],
      } = await query.graph({
        entity: "user",
        fields: ["id", "email", "first_name"],
        filters: { id: input.technician.user_id },
      })
      if (!(user as any)?.email) {
        return new StepResponse(0)
      }
      await notifications.createNotifications([
        {
          to: (user as any).email,
          channel: "email",
          template: REPAIR_ASSIGNED_TEMPLATE,
          trigger_type: "repair_order.assigned",
          resource_id: input.repair_order_id,
          resource_type: "repair_order",
          receiver_id: (user as any).id,
          data: {
            repair_order_id: input.repair_order_id,
            number: input.number,
            technician_id: input.technician.id,
            technician_name: input.technician.name,
          },
        },
      ])
      return new StepResponse(1)
    } catch (error) {
      logger.warn(`aftersales: could not notify the technician of repair ${input.number}: ${(error as Error).message}`)
      return new StepResponse(0)
    }
  }
)
