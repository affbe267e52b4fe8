import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import WarrantyModuleService, { WARRANTY_SETTINGS_ID } from "../../../modules/warranty/service"

export type WarrantySettings = { id: string; expiry_reminder_days: number; notify_customers: boolean }

/** The single settings row, created with the defaults (30 days, notify customers) when missing. */
export async function getWarrantySettings(container: MedusaContainer): Promise<WarrantySettings> {
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const [row] = await warranty.listWarrantySettings({ id: WARRANTY_SETTINGS_ID })
  if (row) {
    return row as WarrantySettings
  }
  try {
    return (await warranty.createWarrantySettings({ id: WARRANTY_SETTINGS_ID } as any)) as WarrantySettings
  } catch {
    // another request created it meanwhile
    const [again] = await warranty.listWarrantySettings({ id: WARRANTY_SETTINGS_ID })
    return again as WarrantySettings
  }
}

export const updateWarrantySettingsStep = createStep(
  "update-warranty-settings",
  async (input: { expiry_reminder_days?: number; notify_customers?: boolean }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const before = await getWarrantySettings(container)
    const after = await warranty.updateWarrantySettings({ id: WARRANTY_SETTINGS_ID, ...input } as any)
    return new StepResponse({ before, after: after as unknown as WarrantySettings }, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.updateWarrantySettings({
      id: WARRANTY_SETTINGS_ID,
      expiry_reminder_days: before.expiry_reminder_days,
      notify_customers: before.notify_customers,
    } as any)
  }
)
