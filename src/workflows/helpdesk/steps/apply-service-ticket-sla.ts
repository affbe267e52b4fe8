import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isFinishedCategory } from "../../../lib/helpdesk/ticket-lifecycle"
import { getStage } from "../../../lib/process/pipeline"
import type { StageCategory } from "../../../lib/process/types"
import {
  evaluateTicketSla,
  nextPauseState,
  pausesOf,
  selectSlaPolicy,
  type BusinessCalendar,
  type SlaNotified,
  type StoredSlaPause,
  type TicketSlaEvaluation,
} from "../../../lib/sla"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  pipelineDefinitionOf,
  ServiceTicketRecord,
  ServiceTicketSlaChanges,
} from "../../../modules/helpdesk/service"

export type ApplyServiceTicketSlaInput = {
  ticket_id: string
  /** Choose the SLA policy (on creation). Later changes keep the policy the ticket started with. */
  select_policy?: boolean
  /** The message just added, if any: customer messages start, agent replies stop next response. */
  message?: {
    author_type: string
    visibility: string
    direction: string | null
    created_at?: Date | string | null
  } | null
}

type SlaSnapshot = { id: string; previous: ServiceTicketSlaChanges }

const SLA_FIELDS = [
  "sla_policy_id",
  "first_response_due_at",
  "next_response_due_at",
  "resolution_due_at",
  "sla_due_at",
  "sla_status",
  "sla_paused_since",
  "sla_pauses",
  "awaiting_response_since",
  "sla_next_check_at",
] as const

const asDate = (value: unknown): Date | null => (value ? new Date(value as string) : null)

/** The customer's value tier from their customer service profile, or null. */
async function customerTierOf(helpdesk: HelpdeskModuleService, customerId: string | null) {
  if (!customerId) {
    return null
  }
  const [profile] = await helpdesk.listCustomerServiceProfiles({ customer_id: customerId }, { take: 1 })
  return profile?.value_tier ?? null
}

/** The facts of a ticket as src/lib/sla evaluateTicketSla reads them. */
export function slaFactsOf(ticket: ServiceTicketRecord) {
  const finished = isFinishedCategory(ticket.stage_category as StageCategory)
  return {
    startedAt: new Date(ticket.created_at as unknown as string),
    pauses: pausesOf(
      (ticket.sla_pauses as StoredSlaPause[] | null) ?? [],
      asDate(ticket.sla_paused_since)
    ),
    firstRespondedAt: asDate(ticket.first_responded_at),
    awaitingResponseSince: asDate(ticket.awaiting_response_since),
    finishedAt: finished ? asDate(ticket.resolved_at) ?? asDate(ticket.closed_at) : null,
    notified: ((ticket.sla_notified as SlaNotified | null) ?? {}) as SlaNotified,
  }
}

/** The policy (deleted ones included: a ticket keeps its policy) and its calendar. */
export async function slaPolicyWithCalendar(helpdesk: HelpdeskModuleService, policyId: string) {
  const [policy] = await helpdesk.listSlaPolicies({ id: policyId }, { take: 1, withDeleted: true })
  if (!policy) {
    return null
  }
  const [calendar] = await helpdesk.listBusinessCalendars(
    { id: policy.calendar_id },
    { take: 1, withDeleted: true }
  )
  return calendar ? { policy, calendar: calendar as unknown as BusinessCalendar } : null
}

/** The SLA columns of an evaluation. */
export function slaColumnsOf(evaluation: TicketSlaEvaluation): ServiceTicketSlaChanges {
  return {
    first_response_due_at: evaluation.first_response_due_at,
    next_response_due_at: evaluation.next_response_due_at,
    resolution_due_at: evaluation.resolution_due_at,
    sla_due_at: evaluation.sla_due_at,
    sla_status: evaluation.sla_status,
    sla_next_check_at: evaluation.sla_next_check_at,
  }
}

/** Brings one ticket's SLA bookkeeping up to date (see applyServiceTicketSlaStep); null without a policy. */
async function applySlaToTicket(
  container: MedusaContainer,
  input: ApplyServiceTicketSlaInput
): Promise<{ changes: ServiceTicketSlaChanges; snapshot: SlaSnapshot } | null> {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const ticket = await helpdesk.retrieveServiceTicket(input.ticket_id)
  const now = new Date()
  const changes: ServiceTicketSlaChanges = {}

  let policyId = ticket.sla_policy_id ?? null
  if (input.select_policy && !policyId) {
    const policies = await helpdesk.listSlaPolicies({ is_active: true }, { take: 1000 })
    const policy = selectSlaPolicy(
      policies.map((candidate) => ({ ...candidate, customer_tier: candidate.customer_tier ?? null })),
      { priority: ticket.priority, customer_tier: await customerTierOf(helpdesk, ticket.customer_id ?? null) }
    )
    policyId = policy?.id ?? null
    changes.sla_policy_id = policyId
  }
  if (!policyId) {
    return null
  }

  const definition = pipelineDefinitionOf(await helpdesk.getPipelineByKey(ticket.pipeline_key))
  const stage = definition.stages.find((candidate) => candidate.key === ticket.stage)
  const pauseState = nextPauseState(
    {
      pauses: (ticket.sla_pauses as StoredSlaPause[] | null) ?? [],
      pausedSince: asDate(ticket.sla_paused_since),
    },
    (stage ?? getStage(definition, ticket.stage)).sla === "paused",
    now
  )
  changes.sla_pauses = pauseState.pauses
  changes.sla_paused_since = pauseState.pausedSince

  const message = input.message
  let awaiting = asDate(ticket.awaiting_response_since)
  if (message && message.visibility === "public") {
    if (message.author_type === "customer" && !awaiting && ticket.first_responded_at) {
      awaiting = message.created_at ? new Date(message.created_at) : now
    } else if (message.author_type === "agent" && message.direction === "outbound") {
      awaiting = null
    }
  }
  changes.awaiting_response_since = awaiting

  const found = await slaPolicyWithCalendar(helpdesk, policyId)
  if (found) {
    const { policy, calendar } = found
    const evaluation = evaluateTicketSla(
      calendar,
      policy,
      {
        ...slaFactsOf(ticket),
        pauses: pausesOf(pauseState.pauses, pauseState.pausedSince),
        awaitingResponseSince: awaiting,
      },
      now
    )
    Object.assign(changes, slaColumnsOf(evaluation))
  }

  const previous = Object.fromEntries(
    SLA_FIELDS.filter((field) => changes[field] !== undefined).map((field) => [
      field,
      ticket[field] ?? null,
    ])
  ) as ServiceTicketSlaChanges
  await helpdesk.updateTicketSla(ticket.id, changes)
  return { changes, snapshot: { id: ticket.id, previous } }
}

/**
 * Brings a ticket's SLA clocks up to date after it was opened, moved or written to: chooses the
 * policy on creation (priority and customer tier, src/lib/sla selectSlaPolicy), opens a pause
 * when the ticket enters a stage whose SLA is "paused" and closes it when it leaves (the due
 * times move on by the paused business time), starts the next-response clock on a customer
 * message and stops it on an agent's public reply, and stores due times, status and the next
 * warning/breach moment for the SLA clock job. Writes without changing the ticket's version.
 */
export const applyServiceTicketSlaStep = createStep(
  "apply-service-ticket-sla",
  async (input: ApplyServiceTicketSlaInput, { container }) => {
    const applied = await applySlaToTicket(container, input)
    return new StepResponse(applied?.changes ?? null, applied?.snapshot ?? null)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateTicketSla(snapshot.id, snapshot.previous)
  }
)

/**
 * The same for several tickets at once: tickets a pipeline edit moved to another stage pause
 * or resume their clocks like after a transition. Compensation restores each ticket.
 */
export const applyServiceTicketSlasStep = createStep(
  "apply-service-ticket-slas",
  async (ticketIds: string[], { container }) => {
    const snapshots: SlaSnapshot[] = []
    for (const ticketId of ticketIds) {
      const applied = await applySlaToTicket(container, { ticket_id: ticketId })
      if (applied) {
        snapshots.push(applied.snapshot)
      }
    }
    return new StepResponse(snapshots.length, snapshots)
  },
  async (snapshots, { container }) => {
    if (!snapshots?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    for (const snapshot of snapshots) {
      await helpdesk.updateTicketSla(snapshot.id, snapshot.previous)
    }
  }
)
