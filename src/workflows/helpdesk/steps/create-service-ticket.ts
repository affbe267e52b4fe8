import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { automaticAdvance } from "../../../lib/helpdesk/ticket-lifecycle"
import { getStage, initialStage } from "../../../lib/process/pipeline"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  pipelineDefinitionOf,
} from "../../../modules/helpdesk/service"
import type { TicketReferences } from "./validate-ticket-references"

export type CreateServiceTicketStepInput = TicketReferences & {
  subject: string
  description?: string | null
  type?: string
  channel?: string
  priority?: string
  tags?: string[]
  assignee_id?: string | null
  team?: string | null
  related_entity_type?: string | null
  related_entity_id?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * Numbers the ticket from the sequence and puts it in the initial stage of its type's
 * pipeline (or, when it is assigned right away, the stage assignment leads to).
 */
export const createServiceTicketStep = createStep(
  "create-service-ticket",
  async (input: CreateServiceTicketStepInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const type = input.type ?? "inquiry"
    const pipeline = await helpdesk.getPipelineForType(type)
    if (!pipeline) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "No ticket pipeline is configured."
      )
    }
    const definition = pipelineDefinitionOf(pipeline)
    let stage = initialStage(definition)
    if (input.assignee_id) {
      const advanced = automaticAdvance(definition, stage.key, "assigned")
      stage = advanced ? getStage(definition, advanced) : stage
    }
    const [number] = await helpdesk.nextTicketNumbers(1)
    const ticket = await helpdesk.createServiceTickets({
      ...input,
      type,
      tags: [...new Set(input.tags ?? [])],
      number,
      pipeline_key: pipeline.key,
      stage: stage.key,
      stage_category: stage.category,
    } as any)
    return new StepResponse(ticket, ticket.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteServiceTickets(id)
  }
)
