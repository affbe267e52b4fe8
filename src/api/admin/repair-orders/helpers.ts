import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { allowedTransitions } from "../../../lib/process/pipeline"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService, { repairPipelineDefinitionOf } from "../../../modules/repair/service"

const byCreatedAt = (a: any, b: any) =>
  new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
  String(a.id).localeCompare(String(b.id))

/** The stages a repair order can move to from where it is, for the detail page's buttons. */
export async function repairTransitions(req: AuthenticatedMedusaRequest, order: any) {
  if (!order?.pipeline_key || !order?.stage) {
    return []
  }
  const repair: RepairModuleService = req.scope.resolve(REPAIR_MODULE)
  const definition = repairPipelineDefinitionOf(await repair.getRepairPipelineByKey(order.pipeline_key))
  try {
    return allowedTransitions(definition, order.stage).map((transition) => ({
      to: transition.to,
      name: transition.name ?? transition.to,
    }))
  } catch {
    return []
  }
}

/** Re-reads a repair order with the request's fields; logs and timeline oldest first, and its next transitions. */
export async function refetchRepairOrder(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const fields = [...new Set([...(req.queryConfig?.fields ?? []), "pipeline_key", "stage"])]
  const {
    data: [order],
  } = await query.graph(
    { entity: "repair_order", fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  for (const relation of ["activities", "work_logs", "part_lines", "labour_lines"]) {
    if (Array.isArray((order as any)?.[relation])) {
      ;(order as any)[relation] = [...(order as any)[relation]].sort(byCreatedAt)
    }
  }
  return { ...(order as any), transitions: await repairTransitions(req, order) }
}
