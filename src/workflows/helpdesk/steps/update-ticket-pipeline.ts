import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planPipelineChange } from "../../../lib/process/pipeline-change"
import type { StageCategory } from "../../../lib/process/types"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  pipelineDefinitionOf,
  TicketPipelineRecord,
  TicketStageSnapshot,
} from "../../../modules/helpdesk/service"
import {
  assertTicketTypesFree,
  assertValidDefinition,
  TicketPipelineDefinitionInput,
} from "./create-ticket-pipeline"

export type UpdateTicketPipelineInput = {
  id: string
  name?: string
  ticket_types?: string[]
  definition?: TicketPipelineDefinitionInput
  is_default?: boolean
  /** Where tickets of removed stages go: removed stage key -> stage key of the new definition. */
  stage_mapping?: Record<string, string>
}

export type UpdatedTicketPipeline = {
  before: TicketPipelineRecord
  after: TicketPipelineRecord
  moved: TicketStageSnapshot[]
  migration: Record<string, string>
}

type Compensation = {
  restore: { id: string; name: string; ticket_types: string[]; definition: unknown; is_default: boolean }
  previous_default_id: string | null
  moved: TicketStageSnapshot[]
}

/**
 * Changes a pipeline. A new definition is planned with planPipelineChange: tickets in
 * removed stages move to the admin's `stage_mapping` or the nearest stage of the same kind,
 * and every ticket's stage category follows the new definition, in the same step. The plan
 * failing (invalid definition, unusable mapping, tickets with nowhere to go) is a 400.
 */
export const updateTicketPipelineStep = createStep(
  "update-ticket-pipeline",
  async (input: UpdateTicketPipelineInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.retrieveTicketPipeline(input.id)
    const name = input.name ?? before.name

    if (input.is_default === false && before.is_default) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Pipeline "${before.key}" is the default. Make another pipeline the default instead.`
      )
    }
    if (input.stage_mapping && !input.definition) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "stage_mapping only applies together with a new definition."
      )
    }
    const pipelines = await helpdesk.listTicketPipelines({}, { take: 1000 })
    const ticketTypes = input.ticket_types ? [...new Set(input.ticket_types)] : undefined
    if (ticketTypes) {
      assertTicketTypesFree(pipelines, before.key, ticketTypes)
    }

    let migration: Record<string, string> = {}
    let categories: Record<string, StageCategory> = {}
    if (input.definition) {
      assertValidDefinition(before.key, name, input.definition)
      const counts = await helpdesk.countTicketsByStage(before.key)
      const plan = planPipelineChange(
        pipelineDefinitionOf(before),
        { key: before.key, name, ...input.definition },
        counts,
        input.stage_mapping ?? {}
      )
      if (!plan.ok) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The pipeline change would strand tickets: ${plan.errors.join(" ")}`
        )
      }
      migration = { ...plan.migration }
      categories = Object.fromEntries(
        input.definition.stages.map((stage) => [stage.key, stage.category])
      )
    }

    const previousDefault =
      input.is_default && !before.is_default
        ? pipelines.find((pipeline) => pipeline.is_default) ?? null
        : null
    const compensation: Compensation = {
      restore: {
        id: before.id,
        name: before.name,
        ticket_types: before.ticket_types,
        definition: before.definition,
        is_default: before.is_default,
      },
      previous_default_id: previousDefault?.id ?? null,
      moved: [],
    }
    if (previousDefault) {
      await helpdesk.updateTicketPipelines({ id: previousDefault.id, is_default: false })
    }
    const after = await helpdesk.updateTicketPipelines({
      id: before.id,
      name,
      ...(ticketTypes && { ticket_types: ticketTypes }),
      ...(input.definition && {
        definition: {
          stages: input.definition.stages,
          transitions: input.definition.transitions,
        },
      }),
      ...(input.is_default && { is_default: true }),
    } as any)
    if (input.definition) {
      compensation.moved = await helpdesk.applyPipelineToTickets(before.key, migration, categories)
    }
    const result: UpdatedTicketPipeline = {
      before,
      after,
      moved: compensation.moved,
      migration,
    }
    return new StepResponse(result, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.restoreTicketStages(compensation.moved)
    await helpdesk.updateTicketPipelines({
      ...compensation.restore,
      is_default: compensation.previous_default_id ? false : compensation.restore.is_default,
    } as any)
    if (compensation.previous_default_id) {
      await helpdesk.updateTicketPipelines({
        id: compensation.previous_default_id,
        is_default: true,
      })
    }
  }
)
