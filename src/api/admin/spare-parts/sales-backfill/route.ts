import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SPARE_PARTS_MODULE } from "../../../../modules/spare-parts"
import SparePartsModuleService from "../../../../modules/spare-parts/service"
import { startPartsRunWorkflow } from "../../../../workflows/spare-parts/workflows/start-parts-run"
import { auditContextFrom } from "../../../utils/audit-context"

/** The latest parts-sales backfill run with its progress (`processed` of `total` orders), or null. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const [run] = await spareParts.listPartsRuns({ kind: "sales_backfill" }, { take: 1, order: { started_at: "DESC" } })
  res.json({ sales_backfill_run: run ?? null })
}

/** Records the parts sales of every past fulfilment in the background (idempotent). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  try {
    const { result } = await startPartsRunWorkflow(req.scope).run({
      input: { kind: "sales_backfill", trigger: "admin", in_background: true, audit: auditContextFrom(req) },
    })
    res.status(202).json({ sales_backfill_run: result })
  } catch (error) {
    if (error?.type === MedusaError.Types.CONFLICT) {
      throw Object.assign(new Error(error.message), { status: 409, statusCode: 409, expose: true })
    }
    throw error
  }
}
