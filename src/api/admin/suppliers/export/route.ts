import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { toCsv } from "../../../../lib/csv"
import { SUPPLIER_CSV_COLUMNS } from "../../../../lib/spare-parts/csv-import"
import { SPARE_PARTS_MODULE } from "../../../../modules/spare-parts"
import SparePartsModuleService from "../../../../modules/spare-parts/service"

/** All suppliers as CSV in the import format. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const suppliers = await spareParts.listSuppliers({}, { order: { code: "ASC" } })
  const csv = toCsv(
    [...SUPPLIER_CSV_COLUMNS],
    suppliers.map((supplier: any) => SUPPLIER_CSV_COLUMNS.map((column) => supplier[column]))
  )
  const date = new Date().toISOString().slice(0, 10)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="suppliers-${date}.csv"`)
  res.send(csv)
}
