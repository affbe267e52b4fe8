import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { PreparedTicketMessage } from "./prepare-ticket-message"

export const createTicketMessageStep = createStep(
  "create-ticket-message",
  async (message: PreparedTicketMessage["message"], { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const created = await helpdesk.createTicketMessages(message as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteTicketMessages(id)
  }
)
