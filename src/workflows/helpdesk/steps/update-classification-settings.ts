import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type UpdateClassificationSettingsInput = {
  dormant_after_days?: number
  mirror_customer_groups?: boolean
}

export const updateClassificationSettingsStep = createStep(
  "update-customer-classification-settings",
  async (input: UpdateClassificationSettingsInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.getClassificationSettings()
    const after = await helpdesk.updateCustomerClassificationSettings({ id: before.id, ...input })
    return new StepResponse(
      { before, after },
      {
        id: before.id,
        dormant_after_days: before.dormant_after_days,
        mirror_customer_groups: before.mirror_customer_groups,
      }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateCustomerClassificationSettings(previous)
  }
)
