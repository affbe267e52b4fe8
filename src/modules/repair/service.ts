import { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DEFAULT_PIPELINES } from "../../lib/process/default-pipelines"
import type { PipelineDefinition, StageCategory } from "../../lib/process/types"
import FaultCode from "./models/fault-code"
import RepairActivity from "./models/repair-activity"
import RepairLabourLine from "./models/repair-labour-line"
import RepairOrder from "./models/repair-order"
import RepairPartLine from "./models/repair-part-line"
import RepairPipeline from "./models/repair-pipeline"
import RepairWorkLog from "./models/repair-work-log"
import Technician from "./models/technician"
import TechnicianAssessment from "./models/technician-assessment"
import TechnicianCertification from "./models/technician-certification"
import TechnicianReview from "./models/technician-review"
import TechnicianSkill from "./models/technician-skill"

export type RepairOrderRecord = InferTypeOf<typeof RepairOrder>
export type RepairPartLineRecord = InferTypeOf<typeof RepairPartLine>
export type RepairLabourLineRecord = InferTypeOf<typeof RepairLabourLine>
export type TechnicianRecord = InferTypeOf<typeof Technician>
export type FaultCodeRecord = InferTypeOf<typeof FaultCode>
export type RepairPipelineRecord = InferTypeOf<typeof RepairPipeline>

/** Error code of a repair order change made on a stale version (HTTP 409). */
export const REPAIR_ORDER_VERSION_CONFLICT = "repair_order_version_conflict"

/** A repair order's stage before a pipeline change moved it (for the undo). */
export type RepairStageSnapshot = {
  id: string
  number: string
  stage: string
  stage_category: StageCategory
  new_stage: string
  new_category: StageCategory
}

/** The pipeline row as a process definition for src/lib/process. */
export function repairPipelineDefinitionOf(pipeline: {
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

/** Sequence behind repair order numbers; created by the module's migration. */
export const REPAIR_ORDER_NUMBER_SEQUENCE = "repair_order_number_seq"

export function formatRepairOrderNumber(value: string | number): string {
  return `RO-${String(value).padStart(6, "0")}`
}

class RepairModuleService extends MedusaService({
  RepairOrder,
  RepairPartLine,
  RepairLabourLine,
  RepairWorkLog,
  RepairActivity,
  RepairPipeline,
  FaultCode,
  Technician,
  TechnicianSkill,
  TechnicianCertification,
  TechnicianAssessment,
  TechnicianReview,
}) {
  /** Reserves the next repair order number (RO-000123), in the caller's transaction if any. */
  @InjectManager()
  async nextRepairOrderNumber(@MedusaContext() sharedContext: Context = {}): Promise<string> {
    const manager = sharedContext.manager as EntityManager
    const rows: { value: string }[] = await manager.execute(
      `select nextval('${REPAIR_ORDER_NUMBER_SEQUENCE}')::text as value`
    )
    return formatRepairOrderNumber(rows[0].value)
  }

  /**
   * Creates the default repair pipeline (DEFAULT_PIPELINES.repair_order) when there is no
   * default one yet. Idempotent and safe when several callers race. Returns the default.
   */
  @InjectManager()
  async ensureDefaultRepairPipeline(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RepairPipelineRecord> {
    const manager = sharedContext.manager as EntityManager
    const template = DEFAULT_PIPELINES.repair_order
    await manager.execute(
      `insert into repair_pipeline (id, key, name, definition, is_default, created_at, updated_at)
       select ?, ?, ?, ?::jsonb, true, now(), now()
        where not exists (
          select 1 from repair_pipeline where deleted_at is null and (is_default or key = ?))
       on conflict (key) where deleted_at is null do nothing`,
      [
        generateEntityId(undefined, "rpipe"),
        template.key,
        template.name,
        JSON.stringify({ stages: template.stages, transitions: template.transitions }),
        template.key,
      ]
    )
    const [pipeline] = await this.listRepairPipelines(
      { is_default: true },
      { take: 1, order: { created_at: "ASC" } },
      sharedContext
    )
    if (pipeline) {
      return pipeline
    }
    const [byKey] = await this.listRepairPipelines({ key: template.key }, { take: 1 }, sharedContext)
    return byKey
  }

  /** The pipeline with the key (the default one is created on first use). */
  @InjectManager()
  async getRepairPipelineByKey(
    key: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RepairPipelineRecord> {
    const [pipeline] = await this.listRepairPipelines({ key }, { take: 1 }, sharedContext)
    if (pipeline) {
      return pipeline
    }
    if (key === DEFAULT_PIPELINES.repair_order.key) {
      return await this.ensureDefaultRepairPipeline(sharedContext)
    }
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair pipeline "${key}" was not found.`)
  }

  /**
   * Applies `changes` to a repair order and increments its version in one transaction, only
   * if the order still has `expectedVersion` (null: no check). Of two concurrent changes made
   * on the same version exactly one succeeds; the other gets a CONFLICT.
   */
  @InjectTransactionManager()
  async updateRepairOrderIfVersion(
    id: string,
    expectedVersion: number | null,
    changes: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RepairOrderRecord> {
    const manager = sharedContext.transactionManager as EntityManager
    const versionCheck = expectedVersion === null ? "" : "and version = ?"
    const rows: { id: string }[] = await manager.execute(
      `update repair_order set version = version + 1, updated_at = now()
        where id = ? and deleted_at is null ${versionCheck}
        returning id`,
      [id, ...(expectedVersion === null ? [] : [expectedVersion])]
    )
    if (!rows.length) {
      const [existing] = await this.listRepairOrders(
        { id },
        { select: ["id", "number", "version"], take: 1 },
        sharedContext
      )
      if (!existing) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair order with id: ${id} was not found`)
      }
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Repair order ${existing.number} was changed by someone else (it is now at version ${existing.version}, the change expected version ${expectedVersion}). Reload it and try again.`,
        REPAIR_ORDER_VERSION_CONFLICT
      )
    }
    const fields = Object.fromEntries(
      Object.entries(changes).filter(([key, value]) => value !== undefined && key !== "version")
    )
    if (Object.keys(fields).length) {
      await this.updateRepairOrders({ id, ...fields } as any, sharedContext)
    }
    return await this.retrieveRepairOrder(id, {}, sharedContext)
  }

  /** Number of repair orders per stage of a pipeline (for planPipelineChange). */
  @InjectManager()
  async countRepairOrdersByStage(
    pipelineKey: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const manager = sharedContext.manager as EntityManager
    const rows: { stage: string; count: string }[] = await manager.execute(
      `select stage, count(*)::text as count from repair_order
        where pipeline_key = ? and deleted_at is null group by stage`,
      [pipelineKey]
    )
    return Object.fromEntries(rows.map((row) => [row.stage, Number(row.count)]))
  }

  /**
   * Moves the repair orders of a pipeline out of removed stages (`migration`: old -> new) and
   * brings every order's stage category in line with the new definition. Returns the previous
   * state of every order it changed.
   */
  @InjectTransactionManager()
  async applyPipelineToRepairOrders(
    pipelineKey: string,
    migration: Record<string, string>,
    categories: Record<string, StageCategory>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RepairStageSnapshot[]> {
    const manager = sharedContext.transactionManager as EntityManager
    const stageCases = Object.entries(migration)
    const categoryCases = Object.entries(categories)
    if (!categoryCases.length) {
      return []
    }
    const newStage = stageCases.length
      ? `case stage ${stageCases.map(() => "when ? then ?").join(" ")} else stage end`
      : "stage"
    const newCategory = `case new_stage ${categoryCases.map(() => "when ? then ?").join(" ")} else old_category end`
    return await manager.execute(
      `with target as (
         select id, stage as old_stage, stage_category as old_category, ${newStage} as new_stage
           from repair_order
          where pipeline_key = ? and deleted_at is null
          for update),
       planned as (select target.*, (${newCategory}) as new_category from target)
       update repair_order r
          set stage = p.new_stage, stage_category = p.new_category,
              version = r.version + 1, updated_at = now()
         from planned p
        where r.id = p.id and (p.new_stage <> p.old_stage or p.new_category <> p.old_category)
        returning r.id, r.number, p.old_stage as stage, p.old_category as stage_category,
                  r.stage as new_stage, r.stage_category as new_category`,
      [...stageCases.flat(), pipelineKey, ...categoryCases.flat()]
    )
  }

  /** Puts repair orders back into the stages applyPipelineToRepairOrders moved them from. */
  @InjectTransactionManager()
  async restoreRepairOrderStages(
    snapshots: RepairStageSnapshot[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as EntityManager
    for (const snapshot of snapshots) {
      await manager.execute(
        `update repair_order set stage = ?, stage_category = ?, version = version + 1, updated_at = now()
          where id = ?`,
        [snapshot.stage, snapshot.stage_category, snapshot.id]
      )
    }
  }
}

export default RepairModuleService
