import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { processWarrantyExpiryWorkflow } from "../workflows/warranty/workflows/settings-and-expiry"

/**
 * Hourly: raises `warranty.expiring` (with the customer e-mail) once per registration the
 * configured number of days before its end, and `warranty.expired` once after the end.
 */
export default async function warrantyExpiry(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await processWarrantyExpiryWorkflow(container).run({ input: {} })
  if (result.expiring.length || result.expired.length) {
    logger.info(
      `aftersales: warranties: ${result.expiring.length} expiring reminders, ${result.expired.length} expired`
    )
  }
}

export const config = {
  name: "aftersales-warranty-expiry",
  schedule: "17 * * * *",
}
