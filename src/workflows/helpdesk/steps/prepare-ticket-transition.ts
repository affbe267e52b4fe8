import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  customerCloseTarget,
  customerReopenTarget,
  isReopen,
  lifecycleTimestamps,
  reopenDeadline,
} from "../../../lib/helpdesk/ticket-lifecycle"
import { PipelineError } from "../../../lib/process/errors"
import { assertTransition, getStage } from "../../../lib/process/pipeline"
import type { StageCategory } from "../../../lib/process/types"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  pipelineDefinitionOf,
  ServiceTicketChanges,
  TICKET_VERSION_CONFLICT,
} from "../../../modules/helpdesk/service"

export type PrepareTicketTransitionInput = {
  id: string
  /** Target stage key; or `action` for the customer's close/reopen. */
  to?: string
  action?: "close" | "reopen"
  expected_version?: number
  /** Customers may reopen only within the module's reopenWindowDays. */
  enforce_reopen_window?: boolean
}

export type PreparedTicketTransition = {
  id: string
  number: string
  expected_version: number
  changes: ServiceTicketChanges
  from: { stage: string; category: StageCategory }
  to: { stage: string; category: StageCategory }
  transition_name: string | null
  reopened: boolean
}

function notAllowed(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/**
 * Decides a stage change: the target must be an allowed transition of the ticket's pipeline
 * (400 with the pipeline library's message otherwise) and the ticket must still have the
 * version the caller saw (409). Computes resolved/closed times and the reopen count.
 */
export const prepareTicketTransitionStep = createStep(
  "prepare-service-ticket-transition",
  async (input: PrepareTicketTransitionInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ticket = await helpdesk.retrieveServiceTicket(input.id)
    if (input.expected_version !== undefined && input.expected_version !== ticket.version) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Service ticket ${ticket.number} was changed by someone else (it is at version ${ticket.version}, you sent ${input.expected_version}). Reload it and try again.`,
        TICKET_VERSION_CONFLICT
      )
    }
    const pipeline = await helpdesk.getPipelineByKey(ticket.pipeline_key)
    const definition = pipelineDefinitionOf(pipeline)

    let to = input.to
    if (input.action) {
      const move =
        input.action === "close"
          ? customerCloseTarget(definition, ticket.stage)
          : customerReopenTarget(definition, ticket.stage)
      if (!move.ok) {
        notAllowed(move.reason)
      }
      to = move.to
    }
    if (!to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Name the stage to move the ticket to.")
    }

    let transitionName: string | null = null
    try {
      transitionName = assertTransition(definition, ticket.stage, to).name ?? null
    } catch (error) {
      if (error instanceof PipelineError) {
        notAllowed(error.message)
      }
      throw error
    }

    const fromCategory = ticket.stage_category as StageCategory
    const target = getStage(definition, to)
    const reopened = isReopen(fromCategory, target.category)
    if (reopened && input.enforce_reopen_window) {
      const days = helpdesk.getReopenWindowDays()
      const deadline = reopenDeadline(
        {
          stage_category: fromCategory,
          resolved_at: ticket.resolved_at,
          closed_at: ticket.closed_at,
        },
        days
      )
      if (deadline && deadline.getTime() < Date.now()) {
        notAllowed(
          `Ticket ${ticket.number} can only be reopened within ${days} days after it was ${ticket.closed_at ? "closed" : "resolved"} (until ${deadline.toISOString()}). Please open a new ticket.`
        )
      }
    }

    const timestamps = lifecycleTimestamps(
      { resolved_at: ticket.resolved_at, closed_at: ticket.closed_at },
      target.category,
      new Date()
    )
    const prepared: PreparedTicketTransition = {
      id: ticket.id,
      number: ticket.number,
      expected_version: ticket.version,
      changes: {
        stage: target.key,
        stage_category: target.category,
        ...timestamps,
        ...(reopened && { reopen_count: ticket.reopen_count + 1 }),
      },
      from: { stage: ticket.stage, category: fromCategory },
      to: { stage: target.key, category: target.category },
      transition_name: transitionName,
      reopened,
    }
    return new StepResponse(prepared)
  }
)
