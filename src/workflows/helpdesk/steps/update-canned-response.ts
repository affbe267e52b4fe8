import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"
import { assertValidTemplate } from "./create-canned-response"

export type UpdateCannedResponseInput = {
  id: string
  title?: string
  body?: string
  category?: string | null
  ticket_types?: string[]
  is_active?: boolean
}

export const updateCannedResponseStep = createStep(
  "update-canned-response",
  async (input: UpdateCannedResponseInput, { container }) => {
    if (input.body !== undefined) {
      assertValidTemplate(input.body)
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.retrieveCannedResponse(input.id)
    const after = await helpdesk.updateCannedResponses({
      ...input,
      ...(input.ticket_types && { ticket_types: [...new Set(input.ticket_types)] }),
    } as any)
    return new StepResponse(
      { before, after },
      {
        id: before.id,
        title: before.title,
        body: before.body,
        category: before.category,
        ticket_types: before.ticket_types,
        is_active: before.is_active,
      }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateCannedResponses(previous as any)
  }
)
