import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { canTransition, isTerminalCategory } from "../lib/process/pipeline"
import type { StageCategory } from "../lib/process/types"
import { REPAIR_STAGE_KEYS } from "../lib/repair/lifecycle"
import { REPAIR_MODULE } from "../modules/repair"
import RepairModuleService, { repairPipelineDefinitionOf } from "../modules/repair/service"
import { SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { recordRepairUnitReceivedWorkflow } from "../workflows/repair/workflows/record-repair-unit-received"
import { transitionRepairOrderWorkflow } from "../workflows/repair/workflows/transition-repair-order"

/**
 * A shipped-in unit arrived: the host return requested for the repair was received, so the
 * repair moves to `received` (from approved or awaiting unit). A repair that cannot move
 * there yet only gets its received time and a timeline entry.
 */
export default async function repairReturnReceived({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  const orders = await repair.listRepairOrders({ return_id: event.data.return_id }, { take: 10 })
  for (const order of orders) {
    if (isTerminalCategory(order.stage_category as StageCategory) || order.received_at) {
      continue
    }
    try {
      const definition = repairPipelineDefinitionOf(await repair.getRepairPipelineByKey(order.pipeline_key))
      if (canTransition(definition, order.stage, REPAIR_STAGE_KEYS.received)) {
        await transitionRepairOrderWorkflow(container).run({
          input: {
            id: order.id,
            to_stage: REPAIR_STAGE_KEYS.received,
            note: "The unit arrived through the host return.",
            activity_data: { return_id: event.data.return_id },
            audit: SYSTEM_AUDIT_CONTEXT,
          },
        })
      } else {
        await recordRepairUnitReceivedWorkflow(container).run({
          input: { repair_order_id: order.id, return_id: event.data.return_id, audit: SYSTEM_AUDIT_CONTEXT },
        })
      }
    } catch (error) {
      logger.error(
        `aftersales: could not mark repair ${order.number} as received (return ${event.data.return_id}): ${(error as Error).message}`
      )
    }
  }
}

export const config: SubscriberConfig = {
  event: "order.return_received",
  context: { subscriberId: "aftersales-repair-return-received" },
}
