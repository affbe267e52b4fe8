import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notifyRoleHolders } from "../../notifications/notify-role-holders"
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
    const sent = await notifyRoleHolders(container, {
      role: PARTS_MANAGER_ROLE,
      items: alerts,
      failureMessage: "aftersales: could not notify parts managers about stock alerts",
      buildNotification: (alert, manager) => ({
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
      }),
    })
    return new StepResponse(sent)
  }
)
