import { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
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
}

export default RepairModuleService
