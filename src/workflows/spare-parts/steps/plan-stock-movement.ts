import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ManualMovementRequest,
  planManualMovement,
  PlannedLedgerMovement,
} from "../../../lib/spare-parts/stock"

/** Turns a receipt / issue / transfer / adjustment request into ledger movements; 400 if it makes no sense. */
export const planStockMovementStep = createStep(
  "plan-stock-movement",
  async (request: ManualMovementRequest) => {
    const plan = planManualMovement(request, generateEntityId(undefined, "strf"))
    if ("problem" in plan) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, plan.problem)
    }
    return new StepResponse<PlannedLedgerMovement[]>(plan.movements)
  }
)
