import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getWarrantySettings } from "../../../../workflows/warranty/steps/settings"
import { updateWarrantySettingsWorkflow } from "../../../../workflows/warranty/workflows/settings-and-expiry"
import { auditContextFrom } from "../../../utils/audit-context"
import { AdminUpdateWarrantySettingsType } from "../validators"

const view = (settings: { expiry_reminder_days: number; notify_customers: boolean }) => ({
  expiry_reminder_days: settings.expiry_reminder_days,
  notify_customers: settings.notify_customers,
})

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ warranty_settings: view(await getWarrantySettings(req.scope)) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateWarrantySettingsType>,
  res: MedusaResponse
) => {
  const { result } = await updateWarrantySettingsWorkflow(req.scope).run({
    input: { settings: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.json({ warranty_settings: view(result) })
}
