import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { automaticAdvance } from "../../../lib/helpdesk/ticket-lifecycle"
import { getStage } from "../../../lib/process/pipeline"
import type { StageCategory } from "../../../lib/process/types"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  pipelineDefinitionOf,
  ServiceTicketChanges,
  TICKET_VERSION_CONFLICT,
} from "../../../modules/helpdesk/service"

export type PrepareTicketAssignmentInput = {
  ids: string[]
  assignee_id: string | null
  /** Only for a single ticket: the version the caller saw. */
  expected_version?: number
}

export type PreparedTicketAssignment = {
  id: string
  number: string
  expected_version: number
  changes: ServiceTicketChanges
  previous_assignee_id: string | null
  stage_change: {
    from_stage: string
    to_stage: string
    from_category: StageCategory
    to_category: StageCategory
  } | null
}

/**
 * Checks the assignee (an existing admin user) and the tickets (404 naming missing ones),
 * and plans the change per ticket. Assigning a ticket that is still in a `new` stage also
 * moves it along its pipeline into the first allowed `open` stage (intake -> assigned).
 * Tickets that already have this assignee are left alone.
 */
export const prepareTicketAssignmentStep = createStep(
  "prepare-service-ticket-assignment",
  async (input: PrepareTicketAssignmentInput, { container }) => {
    const ids = [...new Set(input.ids)]
    if (input.assignee_id) {
      const userService = container.resolve(Modules.USER)
      const [user] = await userService.listUsers({ id: input.assignee_id }, { take: 1 })
      if (!user) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Admin user ${input.assignee_id} does not exist; tickets can only be assigned to admin users.`
        )
      }
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const tickets = await helpdesk.listServiceTickets({ id: ids }, { take: ids.length })
    const missing = ids.filter((id) => !tickets.some((ticket) => ticket.id === id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Service ticket(s) not found: ${missing.join(", ")}.`
      )
    }
    if (
      input.expected_version !== undefined &&
      tickets.length === 1 &&
      tickets[0].version !== input.expected_version
    ) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Service ticket ${tickets[0].number} was changed by someone else (it is at version ${tickets[0].version}, you sent ${input.expected_version}). Reload it and try again.`,
        TICKET_VERSION_CONFLICT
      )
    }

    const pipelines = new Map<string, ReturnType<typeof pipelineDefinitionOf>>()
    const planned: PreparedTicketAssignment[] = []
    for (const id of ids) {
      const ticket = tickets.find((candidate) => candidate.id === id)!
      if ((ticket.assignee_id ?? null) === (input.assignee_id ?? null)) {
        continue
      }
      const changes: ServiceTicketChanges = { assignee_id: input.assignee_id }
      let stageChange: PreparedTicketAssignment["stage_change"] = null
      if (input.assignee_id) {
        if (!pipelines.has(ticket.pipeline_key)) {
          pipelines.set(
            ticket.pipeline_key,
            pipelineDefinitionOf(await helpdesk.getPipelineByKey(ticket.pipeline_key))
          )
        }
        const definition = pipelines.get(ticket.pipeline_key)!
        const next = automaticAdvance(definition, ticket.stage, "assigned")
        if (next) {
          const target = getStage(definition, next)
          changes.stage = target.key
          changes.stage_category = target.category
          stageChange = {
            from_stage: ticket.stage,
            to_stage: target.key,
            from_category: ticket.stage_category as StageCategory,
            to_category: target.category,
          }
        }
      }
      planned.push({
        id: ticket.id,
        number: ticket.number,
        expected_version: ticket.version,
        changes,
        previous_assignee_id: ticket.assignee_id ?? null,
        stage_change: stageChange,
      })
    }
    return new StepResponse(planned)
  }
)
