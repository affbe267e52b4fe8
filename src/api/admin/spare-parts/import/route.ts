import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { importSparePartsWorkflow } from "../../../../workflows/spare-parts/workflows/import-spare-parts"
import { auditContextFrom } from "../../../utils/audit-context"
import { AdminImportSparePartsType } from "../validators"

/**
 * Imports parts or supplier offers from CSV. Answers 200 with the check result for a dry run
 * or a written import, and 400 with every bad row (nothing written) otherwise.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportSparePartsType>,
  res: MedusaResponse
) => {
  const { type, csv, dry_run } = req.validatedBody
  const { result } = await importSparePartsWorkflow(req.scope).run({
    input: { type, csv, dry_run, audit: auditContextFrom(req) },
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
