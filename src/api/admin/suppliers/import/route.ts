import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { importSparePartsWorkflow } from "../../../../workflows/spare-parts/workflows/import-spare-parts"
import { auditContextFrom } from "../../../utils/audit-context"
import { AdminImportSuppliersType } from "./validators"

/** Suppliers from CSV, upserted by code; same answers as POST /admin/spare-parts/import. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportSuppliersType>,
  res: MedusaResponse
) => {
  const { csv, dry_run } = req.validatedBody
  const { result } = await importSparePartsWorkflow(req.scope).run({
    input: { type: "suppliers", csv, dry_run, audit: auditContextFrom(req) },
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
