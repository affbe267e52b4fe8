import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"
import { updateClassificationSettingsWorkflow } from "../../../workflows/helpdesk/workflows/update-classification-settings"
import { auditContextFrom } from "../../utils/audit-context"
import { classificationSettingsFields } from "./query-config"
import { AdminUpdateClassificationSettingsType } from "./validators"

function present(settings: Record<string, unknown>) {
  return Object.fromEntries(classificationSettingsFields.map((field) => [field, settings[field]]))
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  res.json({ customer_classification_settings: present(await helpdesk.getClassificationSettings()) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateClassificationSettingsType>,
  res: MedusaResponse
) => {
  const { result } = await updateClassificationSettingsWorkflow(req.scope).run({
    input: { settings: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.json({ customer_classification_settings: present(result) })
}
