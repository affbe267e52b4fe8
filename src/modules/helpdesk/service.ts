import { Context, InferTypeOf, Logger } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  DEFAULT_CUSTOMER_TIERS,
  DEFAULT_DORMANT_AFTER_DAYS,
} from "../../lib/helpdesk/customer-classification"
import { pickRoundRobin } from "../../lib/helpdesk/assignment-rules"
import { formatTicketNumber } from "../../lib/helpdesk/ticket-lifecycle"
import { normalizeRevisitAfterDays } from "../../lib/helpdesk/ticket-tasks"
import { DEFAULT_PIPELINES } from "../../lib/process/default-pipelines"
import { toPostgresTextArray } from "../../lib/postgres-array"
import { DEFAULT_BUSINESS_CALENDAR, DEFAULT_SLA_POLICIES } from "../../lib/sla/defaults"
import type { SlaNotified, StoredSlaPause } from "../../lib/sla/ticket-sla"
import type { PipelineDefinition, StageCategory } from "../../lib/process/types"
import AssignmentRule from "./models/assignment-rule"
import BusinessCalendar from "./models/business-calendar"
import CannedResponse from "./models/canned-response"
import CustomerClassificationSetting from "./models/customer-classification-setting"
import CustomerProfileRecomputeRun from "./models/customer-profile-recompute-run"
import CustomerServiceProfile from "./models/customer-service-profile"
import CustomerTier from "./models/customer-tier"
import ServiceTicket from "./models/service-ticket"
import SlaPolicy from "./models/sla-policy"
import TicketActivity from "./models/ticket-activity"
import TicketMessage from "./models/ticket-message"
import TicketPipeline from "./models/ticket-pipeline"
import TicketTask from "./models/ticket-task"

export type ServiceTicketRecord = InferTypeOf<typeof ServiceTicket>
export type TicketPipelineRecord = InferTypeOf<typeof TicketPipeline>
export type CannedResponseRecord = InferTypeOf<typeof CannedResponse>
export type CustomerServiceProfileRecord = InferTypeOf<typeof CustomerServiceProfile>
export type CustomerTierRecord = InferTypeOf<typeof CustomerTier>
export type CustomerClassificationSettingRecord = InferTypeOf<typeof CustomerClassificationSetting>
export type CustomerProfileRecomputeRunRecord = InferTypeOf<typeof CustomerProfileRecomputeRun>

export type HelpdeskModuleOptions = {
  /** Days after resolution/closure during which a customer may reopen a ticket (14). */
  reopenWindowDays?: number
  /** Days after a ticket is resolved at which its revisit (callback) task falls due (3; 0: none). */
  revisitAfterDays?: number
  /**
   * Shared secret of the inbound e-mail/chat endpoint (`POST /hooks/aftersales/inbound-messages`).
   * Without it the endpoint answers 404 and accepts nothing.
   */
  inboundSecret?: string
}

/** Id of the single customer_classification_setting row. */
export const CLASSIFICATION_SETTINGS_ID = "cusclset_default"

/** Sequence behind ticket numbers; created by the module's migration. */
export const TICKET_NUMBER_SEQUENCE = "service_ticket_number_seq"

/** Error code of the conflict raised when a ticket changed since the caller read it. */
export const TICKET_VERSION_CONFLICT = "service_ticket_version_conflict"

/** SLA bookkeeping columns of service_ticket, with their SQL casts (see updateTicketSla). */
const SLA_COLUMNS: Record<string, string> = {
  sla_policy_id: "text",
  first_response_due_at: "timestamptz",
  next_response_due_at: "timestamptz",
  resolution_due_at: "timestamptz",
  sla_due_at: "timestamptz",
  sla_status: "text",
  sla_paused_since: "timestamptz",
  sla_pauses: "jsonb",
  awaiting_response_since: "timestamptz",
  sla_notified: "jsonb",
  sla_next_check_at: "timestamptz",
  escalated_at: "timestamptz",
}

export type ServiceTicketSlaChanges = Partial<{
  sla_policy_id: string | null
  first_response_due_at: Date | null
  next_response_due_at: Date | null
  resolution_due_at: Date | null
  sla_due_at: Date | null
  sla_status: "ok" | "warning" | "breached" | "paused" | null
  sla_paused_since: Date | null
  sla_pauses: StoredSlaPause[] | null
  awaiting_response_since: Date | null
  sla_notified: SlaNotified | null
  sla_next_check_at: Date | null
  escalated_at: Date | null
}>

/** Columns of service_ticket that guarded updates may set, with their SQL casts. */
const UPDATABLE_COLUMNS: Record<string, string> = {
  subject: "text",
  description: "text",
  priority: "text",
  tags: "text[]",
  team: "text",
  assignee_id: "text",
  pipeline_key: "text",
  stage: "text",
  stage_category: "text",
  first_responded_at: "timestamptz",
  resolved_at: "timestamptz",
  closed_at: "timestamptz",
  reopen_count: "integer",
  satisfaction_score: "integer",
  related_entity_type: "text",
  related_entity_id: "text",
  metadata: "jsonb",
  ...SLA_COLUMNS,
}

export type ServiceTicketChanges = Partial<{
  subject: string
  description: string | null
  priority: string
  tags: string[]
  team: string | null
  assignee_id: string | null
  pipeline_key: string
  stage: string
  stage_category: StageCategory
  first_responded_at: Date | null
  resolved_at: Date | null
  closed_at: Date | null
  reopen_count: number
  satisfaction_score: number | null
  related_entity_type: string | null
  related_entity_id: string | null
  metadata: Record<string, unknown> | null
}> &
  ServiceTicketSlaChanges

type InjectedDependencies = { logger: Logger }

function toSqlValue(cast: string, value: unknown): unknown {
  if (value === null || value === undefined) {
    return null
  }
  if (cast === "text[]") {
    return toPostgresTextArray(value as string[])
  }
  if (cast === "jsonb") {
    return JSON.stringify(value)
  }
  if (value instanceof Date) {
    return value.toISOString()
  }
  return value
}

/**
 * The `"column" = ?::cast` assignments and values of an UPDATE for the defined changes;
 * refuses (with `refusal(column)`) a column that `casts` does not list.
 */
function typedAssignments(
  changes: Record<string, unknown>,
  casts: Record<string, string>,
  refusal: (column: string) => string
): { assignments: string[]; values: unknown[] } {
  const assignments: string[] = []
  const values: unknown[] = []
  for (const [column, value] of Object.entries(changes)) {
    if (value === undefined) {
      continue
    }
    const cast = casts[column]
    if (!cast) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, refusal(column))
    }
    assignments.push(`"${column}" = ?::${cast}`)
    values.push(toSqlValue(cast, value))
  }
  return { assignments, values }
}

/** The pipeline row as a process definition for src/lib/process. */
export function pipelineDefinitionOf(pipeline: {
  key: string
  name: string
  definition: unknown
}): PipelineDefinition {
  const definition = (pipeline.definition ?? {}) as Partial<PipelineDefinition>
  return {
    key: pipeline.key,
    name: pipeline.name,
    stages: definition.stages ?? [],
    transitions: definition.transitions ?? [],
  }
}

class HelpdeskModuleService extends MedusaService({
  ServiceTicket,
  TicketMessage,
  TicketActivity,
  TicketPipeline,
  CannedResponse,
  CustomerServiceProfile,
  CustomerTier,
  CustomerClassificationSetting,
  CustomerProfileRecomputeRun,
  AssignmentRule,
  TicketTask,
  BusinessCalendar,
  SlaPolicy,
}) {
  protected readonly logger_: Logger
  protected readonly revisitAfterDays_: number
  protected readonly options_: Required<Omit<HelpdeskModuleOptions, "inboundSecret" | "revisitAfterDays">>
  protected readonly inboundSecret_: string | null

  constructor(container: InjectedDependencies, options: HelpdeskModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.logger_ = container.logger
    this.revisitAfterDays_ = normalizeRevisitAfterDays(options?.revisitAfterDays)
    const reopenWindowDays = Number(options?.reopenWindowDays ?? 14)
    this.options_ = {
      reopenWindowDays:
        Number.isFinite(reopenWindowDays) && reopenWindowDays >= 0 ? reopenWindowDays : 14,
    }
    this.inboundSecret_ = options?.inboundSecret?.trim() || null
  }

  __hooks = {
    onApplicationStart: async () => {
      try {
        await this.ensureDefaultPipeline()
      } catch (error) {
        this.logger_.error(
          `aftersales: could not create the default ticket pipeline: ${error.message}`
        )
      }
      try {
        await this.ensureDefaultCustomerTiers()
      } catch (error) {
        this.logger_.error(`aftersales: could not create the default customer tiers: ${error.message}`)
      }
      try {
        await this.ensureDefaultSlaSetup()
      } catch (error) {
        this.logger_.error(`aftersales: could not create the default SLA calendar and policies: ${error.message}`)
      }
    },
  }

  getReopenWindowDays(): number {
    return this.options_.reopenWindowDays
  }

  /** The inbound endpoint's shared secret, or null when inbound messages are switched off. */
  getInboundSecret(): string | null {
    return this.inboundSecret_
  }

  /**
   * Creates the default ticket pipeline (src/lib/process DEFAULT_PIPELINES.service_ticket)
   * when there is no default pipeline yet. Idempotent and safe when several instances
   * start at once. Returns the default pipeline.
   */
  @InjectManager()
  async ensureDefaultPipeline(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TicketPipelineRecord> {
    const manager = sharedContext.manager as EntityManager
    const template = DEFAULT_PIPELINES.service_ticket
    await manager.execute(
      `insert into ticket_pipeline (id, key, name, ticket_types, definition, is_default, created_at, updated_at)
       select ?, ?, ?, '{}'::text[], ?::jsonb, true, now(), now()
        where not exists (
          select 1 from ticket_pipeline where deleted_at is null and (is_default or key = ?))
       on conflict (key) where deleted_at is null do nothing`,
      [
        generateEntityId(undefined, "stpipe"),
        template.key,
        template.name,
        JSON.stringify({ stages: template.stages, transitions: template.transitions }),
        template.key,
      ]
    )
    const [pipeline] = await this.listTicketPipelines(
      { is_default: true },
      { take: 1, order: { created_at: "ASC" } },
      sharedContext
    )
    if (pipeline) {
      return pipeline
    }
    const [byKey] = await this.listTicketPipelines({ key: template.key }, { take: 1 }, sharedContext)
    return byKey
  }

  /** The pipeline for a ticket type: the one listing the type, else the default one. */
  @InjectManager()
  async getPipelineForType(
    type: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TicketPipelineRecord> {
    const pipelines = await this.listTicketPipelines({}, { take: 1000 }, sharedContext)
    const forType = pipelines.find((pipeline) => pipeline.ticket_types.includes(type))
    const fallback = pipelines.find((pipeline) => pipeline.is_default)
    return forType ?? fallback ?? (await this.ensureDefaultPipeline(sharedContext))
  }

  @InjectManager()
  async getPipelineByKey(
    key: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TicketPipelineRecord> {
    const [pipeline] = await this.listTicketPipelines({ key }, { take: 1 }, sharedContext)
    if (!pipeline) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Ticket pipeline "${key}" was not found.`
      )
    }
    return pipeline
  }

  /** Reserves `count` ticket numbers (ST-000123) from the database sequence. */
  @InjectManager()
  async nextTicketNumbers(
    count = 1,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager as EntityManager
    const rows: { value: string }[] = await manager.execute(
      `select nextval('${TICKET_NUMBER_SEQUENCE}')::text as value from generate_series(1, ?)`,
      [count]
    )
    return rows.map((row) => formatTicketNumber(row.value))
  }

  /**
   * Applies `changes` to a ticket and increments its version, in one statement and only if
   * the ticket still has `expectedVersion` (pass null to skip the check). Of two concurrent
   * updates with the same expected version exactly one succeeds; the other gets a CONFLICT.
   */
  @InjectManager()
  async updateTicketIfVersion(
    id: string,
    expectedVersion: number | null,
    changes: ServiceTicketChanges,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ServiceTicketRecord> {
    const manager = sharedContext.manager as EntityManager
    const { assignments, values } = typedAssignments(
      changes,
      UPDATABLE_COLUMNS,
      (column) => `Column "${column}" of service_ticket cannot be updated this way.`
    )
    const versionCheck = expectedVersion === null ? "" : "and version = ?"
    const rows: ServiceTicketRecord[] = await manager.execute(
      `update service_ticket
          set ${[...assignments, "version = version + 1", "updated_at = now()"].join(", ")}
        where id = ? and deleted_at is null ${versionCheck}
        returning *`,
      [...values, id, ...(expectedVersion === null ? [] : [expectedVersion])]
    )
    if (rows.length) {
      return rows[0]
    }
    const [existing] = await this.listServiceTickets(
      { id },
      { select: ["id", "number", "version"], take: 1 },
      sharedContext
    )
    if (!existing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Service ticket with id: ${id} was not found`
      )
    }
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Service ticket ${existing.number} was changed by someone else (it is now at version ${existing.version}, the change expected version ${expectedVersion}). Reload it and try again.`,
      TICKET_VERSION_CONFLICT
    )
  }

  /**
   * Creates the default customer tiers (regular, silver, gold, vip) when the table has never
   * held a tier (deleted ones count: tiers an admin removed are not brought back). Idempotent
   * and safe when several instances start at once.
   */
  @InjectManager()
  async ensureDefaultCustomerTiers(@MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.manager as EntityManager
    const rows = DEFAULT_CUSTOMER_TIERS.map((tier) => [
      generateEntityId(undefined, "custier"),
      tier.code,
      tier.name,
      tier.min_total_spent,
      JSON.stringify({ value: String(tier.min_total_spent), precision: 20 }),
      tier.min_order_count,
      tier.rank,
    ])
    await manager.execute(
      `insert into customer_tier (id, code, name, min_total_spent, raw_min_total_spent, min_order_count, rank, is_active, created_at, updated_at)
       select id, code, name, spent::numeric, raw_spent::jsonb, orders::integer, rank::integer, true, now(), now()
         from (values ${rows.map(() => "(?, ?, ?, ?, ?, ?, ?)").join(", ")}) as defaults (id, code, name, spent, raw_spent, orders, rank)
        where not exists (select 1 from customer_tier)
       on conflict do nothing`,
      rows.flat()
    )
  }

  /** The classification settings row, created with its defaults on first use. */
  @InjectManager()
  async getClassificationSettings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CustomerClassificationSettingRecord> {
    const manager = sharedContext.manager as EntityManager
    await manager.execute(
      `insert into customer_classification_setting (id, dormant_after_days, mirror_customer_groups, created_at, updated_at)
       values (?, ?, false, now(), now()) on conflict (id) do nothing`,
      [CLASSIFICATION_SETTINGS_ID, DEFAULT_DORMANT_AFTER_DAYS]
    )
    return await this.retrieveCustomerClassificationSetting(
      CLASSIFICATION_SETTINGS_ID,
      {},
      sharedContext
    )
  }

  /** Days after resolution at which the automatic revisit task falls due (0: no revisits). */
  getRevisitAfterDays(): number {
    return this.revisitAfterDays_
  }

  /**
   * Gives the next turn of a round-robin rule to an eligible member and moves the rule's
   * cursor, holding the rule's row lock meanwhile: concurrent ticket creations queue up and
   * never get the same turn. Returns the member (null: nobody eligible) and the cursor before.
   */
  @InjectTransactionManager()
  async takeRoundRobinTurn(
    ruleId: string,
    eligibleUserIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ assignee_id: string | null; previous_user_id: string | null }> {
    const manager = sharedContext.transactionManager as EntityManager
    const [rule]: { member_user_ids: string[]; last_assigned_user_id: string | null }[] =
      await manager.execute(
        `select member_user_ids, last_assigned_user_id from assignment_rule
          where id = ? and deleted_at is null for update`,
        [ruleId]
      )
    if (!rule) {
      return { assignee_id: null, previous_user_id: null }
    }
    const assignee = pickRoundRobin(
      rule.member_user_ids,
      new Set(eligibleUserIds),
      rule.last_assigned_user_id
    )
    if (assignee) {
      await manager.execute(
        `update assignment_rule set last_assigned_user_id = ?, updated_at = now() where id = ?`,
        [assignee, ruleId]
      )
    }
    return { assignee_id: assignee, previous_user_id: rule.last_assigned_user_id }
  }

  /**
   * Gives a turn back (when the ticket creation that took it is rolled back), unless another
   * creation has taken a turn since: then the cursor stays where that one left it.
   */
  @InjectManager()
  async returnRoundRobinTurn(
    ruleId: string,
    taken: string,
    previousUserId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.manager as EntityManager
    await manager.execute(
      `update assignment_rule set last_assigned_user_id = ?, updated_at = now()
        where id = ? and last_assigned_user_id = ?`,
      [previousUserId, ruleId, taken]
    )
  }

  /** Unfinished (new, open, waiting) tickets per assignee, for least-loaded assignment. */
  @InjectManager()
  async countOpenTicketsByAssignee(
    userIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    if (!userIds.length) {
      return {}
    }
    const manager = sharedContext.manager as EntityManager
    const rows: { assignee_id: string; count: string }[] = await manager.execute(
      `select assignee_id, count(*)::text as count from service_ticket
        where assignee_id = any(?::text[]) and deleted_at is null
          and stage_category in ('new', 'open', 'waiting')
        group by assignee_id`,
      [toPostgresTextArray(userIds)]
    )
    return Object.fromEntries(rows.map((row) => [row.assignee_id, Number(row.count)]))
  }

  /** Number of tickets per stage of a pipeline (for planPipelineChange). */
  @InjectManager()
  async countTicketsByStage(
    pipelineKey: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const manager = sharedContext.manager as EntityManager
    const rows: { stage: string; count: string }[] = await manager.execute(
      `select stage, count(*)::text as count from service_ticket
        where pipeline_key = ? and deleted_at is null group by stage`,
      [pipelineKey]
    )
    return Object.fromEntries(rows.map((row) => [row.stage, Number(row.count)]))
  }

  /**
   * Moves the tickets of a pipeline out of removed stages (`migration`: old -> new stage)
   * and brings every ticket's stage category (and resolved/closed times) in line with the
   * new definition. Returns the previous state of every ticket it changed.
   */
  @InjectManager()
  async applyPipelineToTickets(
    pipelineKey: string,
    migration: Record<string, string>,
    categories: Record<string, StageCategory>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TicketStageSnapshot[]> {
    const manager = sharedContext.manager as EntityManager
    const stageCases = Object.entries(migration)
    const categoryCases = Object.entries(categories)
    if (!categoryCases.length) {
      return []
    }
    const newStage = stageCases.length
      ? `case stage ${stageCases.map(() => "when ? then ?").join(" ")} else stage end`
      : "stage"
    const newCategory = `case new_stage ${categoryCases.map(() => "when ? then ?").join(" ")} else old_category end`
    const rows: TicketStageSnapshot[] = await manager.execute(
      `with target as (
         select id, stage as old_stage, stage_category as old_category,
                resolved_at as old_resolved_at, closed_at as old_closed_at,
                ${newStage} as new_stage
           from service_ticket
          where pipeline_key = ? and deleted_at is null
          for update),
       planned as (
         select target.*, (${newCategory}) as new_category from target)
       update service_ticket t
          set stage = p.new_stage,
              stage_category = p.new_category,
              resolved_at = case when p.new_category = 'resolved' then coalesce(t.resolved_at, now())
                                 when p.new_category in ('new', 'open', 'waiting') then null
                                 else t.resolved_at end,
              closed_at = case when p.new_category in ('closed', 'canceled') then coalesce(t.closed_at, now())
                               when p.new_category in ('new', 'open', 'waiting', 'resolved') then null
                               else t.closed_at end,
              version = t.version + 1,
              updated_at = now()
         from planned p
        where t.id = p.id and (p.new_stage <> p.old_stage or p.new_category <> p.old_category)
        returning t.id, t.number, p.old_stage as stage, p.old_category as stage_category,
                  p.old_resolved_at as resolved_at, p.old_closed_at as closed_at,
                  t.stage as new_stage, t.stage_category as new_category`,
      [...stageCases.flat(), pipelineKey, ...categoryCases.flat()]
    )
    return rows
  }

  /**
   * Creates the default business calendar (src/lib/sla DEFAULT_BUSINESS_CALENDAR) and one SLA
   * policy per priority when no calendar exists yet (first start). Safe when several instances
   * start at once: only the instance that inserted the calendar adds the policies.
   */
  @InjectManager()
  async ensureDefaultSlaSetup(@MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.manager as EntityManager
    const calendarId = generateEntityId(undefined, "stcal")
    const inserted: { id: string }[] = await manager.execute(
      `insert into business_calendar (id, name, timezone, working_hours, holidays, is_default, created_at, updated_at)
       select ?, ?, ?, ?::jsonb, '{}'::text[], true, now(), now()
        where not exists (select 1 from business_calendar)
       on conflict (name) where deleted_at is null do nothing
       returning id`,
      [
        calendarId,
        DEFAULT_BUSINESS_CALENDAR.name,
        DEFAULT_BUSINESS_CALENDAR.timezone,
        JSON.stringify(DEFAULT_BUSINESS_CALENDAR.working_hours),
      ]
    )
    if (!inserted.length) {
      return
    }
    await this.createSlaPolicies(
      DEFAULT_SLA_POLICIES.map((policy) => ({ ...policy, calendar_id: calendarId })),
      sharedContext
    )
  }

  /**
   * Writes SLA bookkeeping without touching `version` (it is derived data, and the job must not
   * make agents' edits conflict). With `expectedNotified` the write only happens if
   * sla_notified still has that value, so of two runs raising the same SLA event exactly one
   * records it. Returns whether the row was written.
   */
  @InjectManager()
  async updateTicketSla(
    id: string,
    changes: ServiceTicketSlaChanges,
    expectedNotified?: SlaNotified | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as EntityManager
    const { assignments, values } = typedAssignments(
      changes,
      SLA_COLUMNS,
      (column) => `Column "${column}" is not an SLA column of service_ticket.`
    )
    if (!assignments.length) {
      return true
    }
    const notifiedCheck =
      expectedNotified === undefined ? "" : "and sla_notified is not distinct from ?::jsonb"
    const rows: { id: string }[] = await manager.execute(
      `update service_ticket set ${assignments.join(", ")}
        where id = ? and deleted_at is null ${notifiedCheck}
        returning id`,
      [
        ...values,
        id,
        ...(expectedNotified === undefined ? [] : [toSqlValue("jsonb", expectedNotified)]),
      ]
    )
    return rows.length > 0
  }

  /** Puts tickets back into the stage they had before applyPipelineToTickets. */
  @InjectManager()
  async restoreTicketStages(
    snapshots: TicketStageSnapshot[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    for (const snapshot of snapshots) {
      await this.updateTicketIfVersion(
        snapshot.id,
        null,
        {
          stage: snapshot.stage,
          stage_category: snapshot.stage_category,
          resolved_at: snapshot.resolved_at,
          closed_at: snapshot.closed_at,
        },
        sharedContext
      )
    }
  }
}

export type TicketStageSnapshot = {
  id: string
  number: string
  stage: string
  stage_category: StageCategory
  resolved_at: Date | null
  closed_at: Date | null
  new_stage: string
  new_category: StageCategory
}

export default HelpdeskModuleService
