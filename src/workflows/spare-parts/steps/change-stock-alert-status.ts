import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import type { AuditContext } from "../../audit/types"

const FROM_STATUSES = {
  acknowledge: ["open"],
  resolve: ["open", "acknowledged"],
} as const

/** Acknowledges an open alert or resolves an open/acknowledged one by hand; 400 otherwise. */
export const changeStockAlertStatusStep = createStep(
  "change-stock-alert-status",
  async (
    input: { id: string; action: "acknowledge" | "resolve"; note?: string | null; audit: AuditContext },
    { container }
  ) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const alert = await spareParts.retrieveStockAlert(input.id)
    const fromStatuses = [...FROM_STATUSES[input.action]] as string[]
    const status = input.action === "acknowledge" ? "acknowledged" : "resolved"
    const changed = await spareParts.setStockAlertStatus([alert.id], fromStatuses, {
      status,
      actor_id: input.audit.actor_id,
      resolution_note: input.note ?? null,
    })
    if (!changed.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Only ${fromStatuses.join(" or ")} alerts can be ${status}; this one is ${alert.status}.`
      )
    }
    return new StepResponse(
      { id: alert.id, status, previous_status: alert.status },
      { id: alert.id, previous_status: alert.status, status }
    )
  },
  async (changed, { container }) => {
    if (!changed) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.updateStockAlerts({
      id: changed.id,
      status: changed.previous_status,
      ...(changed.status === "acknowledged"
        ? { acknowledged_by: null, acknowledged_at: null }
        : { resolved_by: null, resolved_at: null, resolution_note: null }),
    } as any)
  }
)
