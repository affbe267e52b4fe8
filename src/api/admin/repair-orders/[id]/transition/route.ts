import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hasPermission } from "../../../../../lib/access/permissions"
import { isApprovalDecision, REPAIR_STAGE_KEYS } from "../../../../../lib/repair/lifecycle"
import { REPAIR_MODULE } from "../../../../../modules/repair"
import RepairModuleService from "../../../../../modules/repair/service"
import { recordQualityCheckWorkflow } from "../../../../../workflows/repair/workflows/record-quality-check"
import { transitionRepairOrderWorkflow } from "../../../../../workflows/repair/workflows/transition-repair-order"
import { auditContextFrom } from "../../../../utils/audit-context"
import { resolveActorAccess } from "../../../../utils/require-permission"
import { refetchRepairOrder } from "../../helpers"
import { AdminTransitionRepairOrderType } from "../../validators"
import { rethrowVersionConflict } from "../../../../utils/version-conflict"

async function requireApprove(req: AuthenticatedMedusaRequest, action: string) {
  const access = await resolveActorAccess(req)
  if (!hasPermission(access.permissions, "repair_orders:approve")) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `You need the after-sales permission "repair_orders:approve" to ${action}. Ask an after-sales administrator to give you a role that includes it.`
    )
  }
}

/**
 * Moves a repair order along its pipeline; `version` guards against concurrent changes
 * (409). Approving or rejecting a request and completing a repair (a passed quality check,
 * by a second person, with an outcome) need `repair_orders:approve`.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminTransitionRepairOrderType>,
  res: MedusaResponse
) => {
  const { to_stage, version, note, outcome, resolution_notes } = req.validatedBody
  const repair: RepairModuleService = req.scope.resolve(REPAIR_MODULE)
  const order = await repair.retrieveRepairOrder(req.params.id)
  const audit = auditContextFrom(req)
  if (isApprovalDecision(order.stage, to_stage)) {
    await requireApprove(req, `${to_stage === "approved" ? "approve" : "reject"} repair requests`)
  }
  if (order.stage === REPAIR_STAGE_KEYS.qualityCheck && to_stage === REPAIR_STAGE_KEYS.completed) {
    await requireApprove(req, "pass a quality check")
    await recordQualityCheckWorkflow(req.scope)
      .run({
        input: {
          repair_order_id: order.id,
          passed: true,
          outcome,
          notes: note,
          resolution_notes,
          expected_version: version,
          audit,
        },
      })
      .catch(rethrowVersionConflict)
  } else {
    await transitionRepairOrderWorkflow(req.scope)
      .run({
        input: {
          id: order.id,
          to_stage,
          expected_version: version,
          note,
          outcome,
          resolution_notes,
          audit,
        },
      })
      .catch(rethrowVersionConflict)
  }
  res.json({ repair_order: await refetchRepairOrder(req, req.params.id) })
}
