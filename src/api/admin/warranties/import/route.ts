import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importWarrantySerialsWorkflow } from "../../../../workflows/warranty/workflows/manual-registrations"
import { auditContextFrom } from "../../../utils/audit-context"
import { AdminImportWarrantiesType } from "../validators"

/**
 * Imports serial numbers from CSV (assign to order units, or register units sold elsewhere).
 * 200 with the check result for a dry run or a written import; 400 with every bad row
 * (nothing written) otherwise.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportWarrantiesType>, res: MedusaResponse) => {
  const { csv, dry_run } = req.validatedBody
  const { result } = await importWarrantySerialsWorkflow(req.scope).run({
    input: { csv, dry_run, audit: auditContextFrom(req) },
  })
  if (!result.valid && !dry_run) {
    res.status(400).json({
      type: "invalid_data",
      message: `${result.errors.length} problem(s) in the file; nothing was imported.`,
      import: result,
    })
    return
  }
  res.json({ import: result })
}
