import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService, { repairPipelineDefinitionOf } from "../../../modules/repair/service"
import { storeRepairActivityFields, storeRepairOrderFields } from "./query-config"

/**
 * The logged-in customer's repair order, or a 404 - also when it exists but belongs to
 * someone else, so other customers' repair ids cannot be probed.
 */
export async function assertOwnRepairOrder(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "repair_order",
    fields: storeRepairOrderFields,
    filters: { id, customer_id: req.auth_context.actor_id },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair order with id: ${id} was not found`)
  }
  return order as any
}

/** Stage names of the pipelines, so the store can show "Unit received" instead of a key. */
async function stageNames(req: AuthenticatedMedusaRequest) {
  const repair: RepairModuleService = req.scope.resolve(REPAIR_MODULE)
  const pipelines = await repair.listRepairPipelines({}, { take: 100 })
  const names: Record<string, Record<string, string>> = {}
  for (const pipeline of pipelines) {
    const definition = repairPipelineDefinitionOf(pipeline)
    names[pipeline.key] = Object.fromEntries(definition.stages.map((stage) => [stage.key, stage.name]))
  }
  return names
}

export async function withStageNames(req: AuthenticatedMedusaRequest, orders: any[]) {
  const names = await stageNames(req)
  return orders.map((order) => ({
    ...order,
    stage_name: names[order.pipeline_key]?.[order.stage] ?? order.stage,
  }))
}

/** The customer's view of a repair: its public timeline only, oldest first. */
export async function retrieveStoreRepairOrder(req: AuthenticatedMedusaRequest, id: string) {
  const order = await assertOwnRepairOrder(req, id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: timeline } = await query.graph({
    entity: "repair_activity",
    fields: storeRepairActivityFields,
    filters: { repair_order_id: id, is_public: true } as any,
    pagination: { order: { created_at: "ASC" }, take: 500, skip: 0 },
  })
  const [named] = await withStageNames(req, [order])
  return { ...named, timeline }
}
