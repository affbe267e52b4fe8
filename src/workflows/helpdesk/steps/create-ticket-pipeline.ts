import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validatePipeline } from "../../../lib/process/pipeline"
import type { PipelineStage, PipelineTransition } from "../../../lib/process/types"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  TicketPipelineRecord,
} from "../../../modules/helpdesk/service"

export type TicketPipelineDefinitionInput = {
  stages: PipelineStage[]
  transitions: PipelineTransition[]
}

export type CreateTicketPipelineInput = {
  key: string
  name: string
  ticket_types?: string[]
  definition: TicketPipelineDefinitionInput
  is_default?: boolean
}

export function assertValidDefinition(
  key: string,
  name: string,
  definition: TicketPipelineDefinitionInput
) {
  const problems = validatePipeline({ key, name, ...definition })
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Pipeline "${key}" is invalid: ${problems.join(" ")}`
    )
  }
}

/** Each ticket type may belong to one pipeline only. */
export function assertTicketTypesFree(
  pipelines: TicketPipelineRecord[],
  key: string,
  ticketTypes: string[]
) {
  for (const type of ticketTypes) {
    const owner = pipelines.find(
      (pipeline) => pipeline.key !== key && pipeline.ticket_types.includes(type)
    )
    if (owner) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Ticket type "${type}" already uses pipeline "${owner.key}". Remove it there first.`
      )
    }
  }
}

type Compensation = { created_id: string; previous_default_id: string | null }

/**
 * Saves a new pipeline after validating it with src/lib/process. Making it the default
 * takes the flag from the previous default pipeline.
 */
export const createTicketPipelineStep = createStep(
  "create-ticket-pipeline",
  async (input: CreateTicketPipelineInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    assertValidDefinition(input.key, input.name, input.definition)
    const pipelines = await helpdesk.listTicketPipelines({}, { take: 1000 })
    if (pipelines.some((pipeline) => pipeline.key === input.key)) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A ticket pipeline with key "${input.key}" already exists.`
      )
    }
    const ticketTypes = [...new Set(input.ticket_types ?? [])]
    assertTicketTypesFree(pipelines, input.key, ticketTypes)

    const previousDefault = input.is_default
      ? pipelines.find((pipeline) => pipeline.is_default) ?? null
      : null
    if (previousDefault) {
      await helpdesk.updateTicketPipelines({ id: previousDefault.id, is_default: false })
    }
    const pipeline = await helpdesk.createTicketPipelines({
      key: input.key,
      name: input.name,
      ticket_types: ticketTypes,
      definition: {
        stages: input.definition.stages,
        transitions: input.definition.transitions,
      },
      is_default: !!input.is_default,
    } as any)
    return new StepResponse(pipeline, {
      created_id: pipeline.id,
      previous_default_id: previousDefault?.id ?? null,
    } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteTicketPipelines(compensation.created_id)
    if (compensation.previous_default_id) {
      await helpdesk.updateTicketPipelines({
        id: compensation.previous_default_id,
        is_default: true,
      })
    }
  }
)
