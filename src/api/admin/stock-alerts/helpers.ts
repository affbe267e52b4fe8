import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import { changeStockAlertStatusWorkflow } from "../../../workflows/spare-parts/workflows/stock-alerts"
import { auditContextFrom } from "../../utils/audit-context"
import { defaultAdminStockAlertFields } from "./query-config"
import { AdminChangeStockAlertType } from "./validators"

/** Adds the part number and name and the location name each alert row shows. */
export async function withPartAndLocation(
  req: AuthenticatedMedusaRequest,
  alerts: Record<string, any>[]
) {
  if (!alerts.length) {
    return alerts
  }
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const [parts, locations] = await Promise.all([
    spareParts.listSpareParts(
      { id: [...new Set(alerts.map((alert) => alert.part_id))] },
      { select: ["id", "part_number", "name"], take: null }
    ),
    req.scope
      .resolve(Modules.STOCK_LOCATION)
      .listStockLocations(
        { id: [...new Set(alerts.map((alert) => alert.location_id))] },
        { select: ["id", "name"], take: null }
      ),
  ])
  const partById = new Map(parts.map((part) => [part.id, part]))
  const locationById = new Map(locations.map((location) => [location.id, location]))
  return alerts.map((alert) => ({
    ...alert,
    part_number: partById.get(alert.part_id)?.part_number ?? null,
    part_name: partById.get(alert.part_id)?.name ?? null,
    location_name: locationById.get(alert.location_id)?.name ?? null,
  }))
}

export async function changeStockAlert(
  req: AuthenticatedMedusaRequest<AdminChangeStockAlertType>,
  res: MedusaResponse,
  action: "acknowledge" | "resolve"
) {
  await changeStockAlertStatusWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action,
      note: req.validatedBody.note ?? null,
      audit: auditContextFrom(req),
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_alert",
    fields: defaultAdminStockAlertFields,
    filters: { id: req.params.id },
  })
  const [stock_alert] = await withPartAndLocation(req, data)
  res.json({ stock_alert })
}
