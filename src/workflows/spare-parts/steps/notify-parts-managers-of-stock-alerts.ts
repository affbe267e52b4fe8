import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_ACCESS_MODULE } from "../../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../../modules/aftersales-access/service"
import type { RaisedStockAlert } from "./evaluate-stock-alerts"

/** Template name of the e-mail parts managers receive when a stock alert is raised. */
export const STOCK_ALERT_TEMPLATE = "aftersales-stock-alert"

/** The after-sales role whose holders are told about stock alerts. */
export const PARTS_MANAGER_ROLE = "parts_manager"

/**
 * E-mails every admin user holding the "parts_manager" role about each newly raised alert,
 * through the host Notification module (channel email, template `aftersales-stock-alert`).
 * Never fails the workflow: a failure to send is logged. The idempotency key (alert, user)
 * keeps a retried run from mailing twice.
 */
export const notifyPartsManagersOfStockAlertsStep = createStep(
  "notify-parts-managers-of-stock-alerts",
  async (alerts: RaisedStockAlert[], { container }) => {
    if (!alerts.length) {
      return new StepResponse(0)
    }
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    try {
      const notificationService = container.resolve(Modules.NOTIFICATION, {
        allowUnregistered: true,
      }) as any
      if (!notificationService) {
        return new StepResponse(0)
      }
      const access: AftersalesAccessModuleService = container.resolve(AFTERSALES_ACCESS_MODULE)
      const assignments = await access.listAftersalesRoleAssignments(
        { role: { name: PARTS_MANAGER_ROLE }, actor_type: "user" },
        { select: ["actor_id"] }
      )
      const userIds = [...new Set(assignments.map((assignment) => assignment.actor_id))]
      if (!userIds.length) {
        return new StepResponse(0)
      }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: managers } = await query.graph({
        entity: "user",
        fields: ["id", "email", "first_name", "last_name"],
        filters: { id: userIds },
      })
      const notifications = alerts.flatMap((alert) =>
        (managers as any[])
          .filter((manager) => manager.email)
          .map((manager) => ({
            to: manager.email,
            channel: "email",
            template: STOCK_ALERT_TEMPLATE,
            trigger_type: `spare_part.${alert.type}`,
            resource_id: alert.id,
            resource_type: "stock_alert",
            receiver_id: manager.id,
            idempotency_key: `${STOCK_ALERT_TEMPLATE}-${alert.id}-${manager.id}`,
            data: {
              alert_id: alert.id,
              alert_type: alert.type,
              part_id: alert.part_id,
              part_number: alert.part_number,
              part_name: alert.part_name,
              location_id: alert.location_id,
              location_name: alert.location_name,
              available: alert.available,
              reorder_point: alert.reorder_point,
              suggested_quantity: alert.suggested_quantity,
              manager_first_name: manager.first_name ?? null,
              manager_last_name: manager.last_name ?? null,
            },
          }))
      )
      if (notifications.length) {
        await notificationService.createNotifications(notifications)
      }
      return new StepResponse(notifications.length)
    } catch (error) {
      logger.warn(`aftersales: could not notify parts managers about stock alerts: ${error.message}`)
      return new StepResponse(0)
    }
  }
)
