import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validateTemplate } from "../../../lib/helpdesk/canned-responses"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateCannedResponseInput = {
  title: string
  body: string
  category?: string | null
  ticket_types?: string[]
  is_active?: boolean
  created_by?: string | null
}

/** 400 listing unknown variables or malformed placeholders of a template. */
export function assertValidTemplate(body: string) {
  const problems = validateTemplate(body)
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The response text is invalid: ${problems.join(" ")}`
    )
  }
}

export const createCannedResponseStep = createStep(
  "create-canned-response",
  async (input: CreateCannedResponseInput, { container }) => {
    assertValidTemplate(input.body)
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const response = await helpdesk.createCannedResponses({
      ...input,
      ticket_types: [...new Set(input.ticket_types ?? [])],
    } as any)
    return new StepResponse(response, response.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteCannedResponses(id)
  }
)
