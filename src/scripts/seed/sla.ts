import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isFinishedCategory } from "../../lib/helpdesk/ticket-lifecycle"
import type { StageCategory } from "../../lib/process/types"
import {
  evaluateTicketSla,
  selectSlaPolicy,
  type BusinessCalendar,
  type SlaPause,
  type StoredSlaPause,
  type TicketSlaFacts,
} from "../../lib/sla"
import { HELPDESK_MODULE } from "../../modules/helpdesk"
import HelpdeskModuleService, { ServiceTicketRecord } from "../../modules/helpdesk/service"
import { SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import {
  slaColumnsOf,
  slaFactsOf,
  slaPolicyWithCalendar,
} from "../../workflows/helpdesk/steps/apply-service-ticket-sla"
import {
  createSlaPolicyWorkflow,
  updateBusinessCalendarWorkflow,
} from "../../workflows/helpdesk/workflows/sla-configuration"

/** Public holidays in Berlin plus the days the office closes around the turn of the year. */
const BERLIN_HOLIDAYS = [
  "2026-01-01", "2026-03-08", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14",
  "2026-05-25", "2026-10-03", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31",
  "2027-01-01", "2027-03-08", "2027-03-26", "2027-03-29", "2027-05-01", "2027-05-06",
  "2027-05-17", "2027-10-03", "2027-12-24", "2027-12-25", "2027-12-26", "2027-12-31",
]

/** Where a demo ticket's clock should stand: a share of its tightest running target. */
const SCENARIOS = [
  { status: "breached", share: 1.25 },
  { status: "warning", share: 0.9 },
  { status: "ok", share: 0.3 },
] as const

const MINUTE = 60_000
const MAX_SHIFT = 120 * 24 * 60 * MINUTE

/**
 * SLA demo: the default office calendar gets Berlin's holidays, VIP customers get a tighter
 * policy, and the open demo tickets are moved back in time (their creation, messages, first
 * response and pauses by the same amount) so the service desk shows tickets that are on
 * track, at risk and breached right after start. The SLA clock job raises the warnings and
 * breaches (and escalates) within its first minute.
 */
export async function seedSla(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  await helpdesk.ensureDefaultSlaSetup()

  const [office] = await helpdesk.listBusinessCalendars({ is_default: true }, { take: 1 })
  await updateBusinessCalendarWorkflow(container).run({
    input: {
      business_calendar: { id: office.id, name: "Office hours (Berlin)", holidays: BERLIN_HOLIDAYS },
      audit: SYSTEM_AUDIT_CONTEXT,
    },
  })
  await createSlaPolicyWorkflow(container).run({
    input: {
      sla_policy: {
        name: "VIP customers",
        description: "Every request of a VIP customer, whatever its priority.",
        customer_tier: "vip",
        first_response_minutes: 30,
        next_response_minutes: 60,
        resolution_minutes: 480,
        warning_percent: 75,
        calendar_id: office.id,
        rank: 5,
      },
      audit: SYSTEM_AUDIT_CONTEXT,
    },
  })

  const policies = await helpdesk.listSlaPolicies({ is_active: true }, { take: 1000 })
  const tickets = await helpdesk.listServiceTickets({}, { take: 1000, order: { created_at: "ASC" } })
  const now = new Date()
  let scenario = 0
  const shown: Record<string, number> = {}
  for (let ticket of tickets) {
    if (!ticket.sla_policy_id) {
      // opened before the SLA setup existed
      const policy = selectSlaPolicy(
        policies.map((candidate) => ({ ...candidate, customer_tier: candidate.customer_tier ?? null })),
        { priority: ticket.priority }
      )
      if (!policy) {
        continue
      }
      await helpdesk.updateTicketSla(ticket.id, { sla_policy_id: policy.id })
      ticket = { ...ticket, sla_policy_id: policy.id }
    }
    const found = await slaPolicyWithCalendar(helpdesk, ticket.sla_policy_id!)
    if (!found) {
      continue
    }
    const paused = !!ticket.sla_paused_since
    const finished = isFinishedCategory(ticket.stage_category as StageCategory)
    const target = SCENARIOS[scenario % SCENARIOS.length]
    const shift =
      paused || finished
        ? 26 * 60 * MINUTE // waiting or done since yesterday
        : shiftFor(found.calendar, found.policy, slaFactsOf(ticket), now, target.share)
    if (!paused && !finished) {
      scenario++
    }
    await shiftTicket(pg, ticket, shift)
    const [moved] = await helpdesk.listServiceTickets({ id: ticket.id }, { take: 1 })
    const evaluation = evaluateTicketSla(found.calendar, found.policy, slaFactsOf(moved), now)
    await helpdesk.updateTicketSla(moved.id, slaColumnsOf(evaluation))
    if (evaluation.sla_status) {
      shown[evaluation.sla_status] = (shown[evaluation.sla_status] ?? 0) + 1
    }
  }
  logger.info(
    `SLA seeded: Berlin office calendar with ${BERLIN_HOLIDAYS.length} holidays, ${policies.length} policies; tickets by SLA status ${JSON.stringify(shown)}.`
  )
}

/**
 * How far (wall-clock milliseconds) to move a ticket's history back so that its tightest
 * running target has used `share` of its business time by `now` (binary search: moving back
 * never uses less business time).
 */
function shiftFor(
  calendar: BusinessCalendar,
  policy: Parameters<typeof evaluateTicketSla>[1],
  facts: TicketSlaFacts,
  now: Date,
  share: number
): number {
  // the clocks start at (or, for a waiting message, soon after) the ticket's creation, so the
  // smallest running target binds first
  const [tightest] = [
    { target: "first_response", minutes: facts.firstRespondedAt ? null : policy.first_response_minutes },
    { target: "next_response", minutes: facts.awaitingResponseSince ? policy.next_response_minutes : null },
    { target: "resolution", minutes: policy.resolution_minutes },
  ]
    .filter((clock): clock is { target: string; minutes: number } => clock.minutes !== null)
    .sort((a, b) => a.minutes - b.minutes)
  if (!tightest) {
    return 0
  }
  const wanted = tightest.minutes * share
  const elapsedAt = (shift: number) =>
    evaluateTicketSla(calendar, policy, shifted(facts, shift), now).targets.find(
      (evaluation) => evaluation.target === tightest.target
    )?.elapsedBusinessMinutes ?? 0
  let low = 0
  let high = MAX_SHIFT
  for (let step = 0; step < 40 && high - low > MINUTE; step++) {
    const middle = (low + high) / 2
    if (elapsedAt(middle) < wanted) {
      low = middle
    } else {
      high = middle
    }
  }
  return high
}

function shifted(facts: TicketSlaFacts, shift: number): TicketSlaFacts {
  const back = (date: Date | null) => (date ? new Date(date.getTime() - shift) : null)
  return {
    ...facts,
    startedAt: back(facts.startedAt)!,
    firstRespondedAt: back(facts.firstRespondedAt),
    awaitingResponseSince: back(facts.awaitingResponseSince),
    finishedAt: back(facts.finishedAt),
    pauses: facts.pauses.map((pause: SlaPause) => ({ from: back(pause.from)!, to: back(pause.to) })),
  }
}

/** Moves the ticket's history (times, messages, timeline, pauses) `shift` ms into the past. */
async function shiftTicket(pg: any, ticket: ServiceTicketRecord, shift: number) {
  const interval = `${Math.round(shift / 1000)} seconds`
  const pauses = ((ticket.sla_pauses as StoredSlaPause[] | null) ?? []).map((pause) => ({
    from: new Date(new Date(pause.from).getTime() - shift).toISOString(),
    to: new Date(new Date(pause.to).getTime() - shift).toISOString(),
  }))
  await pg.raw(
    `update service_ticket
        set created_at = created_at - ?::interval,
            first_responded_at = first_responded_at - ?::interval,
            resolved_at = resolved_at - ?::interval,
            closed_at = closed_at - ?::interval,
            sla_paused_since = sla_paused_since - ?::interval,
            awaiting_response_since = awaiting_response_since - ?::interval,
            sla_pauses = ?::jsonb
      where id = ?`,
    [interval, interval, interval, interval, interval, interval, JSON.stringify(pauses), ticket.id]
  )
  for (const table of ["ticket_message", "ticket_activity"]) {
    await pg.raw(`update ${table} set created_at = created_at - ?::interval where ticket_id = ?`, [
      interval,
      ticket.id,
    ])
  }
}
