import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

/** Soft-deletes the response; the compensation restores it. */
export const deleteCannedResponseStep = createStep(
  "delete-canned-response",
  async (id: string, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const response = await helpdesk.retrieveCannedResponse(id)
    await helpdesk.softDeleteCannedResponses(id)
    return new StepResponse(response, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.restoreCannedResponses(id)
  }
)
