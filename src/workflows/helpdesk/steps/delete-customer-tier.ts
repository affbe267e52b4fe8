import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

/** Soft-deletes a tier (its code and rank become free); profiles follow at the next recompute. */
export const deleteCustomerTierStep = createStep(
  "delete-customer-tier",
  async (id: string, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const tier = await helpdesk.retrieveCustomerTier(id)
    await helpdesk.softDeleteCustomerTiers(id)
    return new StepResponse(tier, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.restoreCustomerTiers(id)
  }
)
