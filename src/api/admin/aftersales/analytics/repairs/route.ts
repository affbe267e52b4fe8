import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadRepairAnalytics } from "../../../../../workflows/repair/technician-figures"
import { AdminRepairAnalyticsParamsType } from "../validators"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Repair analytics for from..to (default: the last 90 days up to now), bucketed per week or
 * month (default month). See src/lib/repair/analytics.ts for the definitions.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminRepairAnalyticsParamsType>,
  res: MedusaResponse
) => {
  const params = req.validatedQuery as AdminRepairAnalyticsParamsType
  const to = params.to ?? new Date()
  const from = params.from ?? new Date(to.getTime() - 90 * DAY_MS)
  if (to < from) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "to must not be before from.")
  }
  if (to.getTime() - from.getTime() > 3 * 366 * DAY_MS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The window may span at most three years.")
  }
  const analytics = await loadRepairAnalytics(req.scope, {
    from,
    to,
    period: params.period ?? "month",
  })
  res.json({ analytics })
}
