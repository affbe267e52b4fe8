import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { evaluateStockAlertsWorkflow } from "../workflows/spare-parts/workflows/stock-alerts"

/**
 * Every 15 minutes: compares every part and location with a reorder policy with its reorder
 * point. Catches stock changes made outside the plugin's movement workflows (host orders
 * reserving or fulfilling parts, edits in the host inventory page) and policy changes.
 */
export default async function evaluateStockAlerts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await evaluateStockAlertsWorkflow(container).run({ input: {} })
  if (result.raised.length || result.resolved.length) {
    logger.info(
      `aftersales: stock alerts: ${result.raised.length} raised, ${result.resolved.length} resolved`
    )
  }
}

export const config = {
  name: "aftersales-evaluate-stock-alerts",
  schedule: "*/15 * * * *",
}
