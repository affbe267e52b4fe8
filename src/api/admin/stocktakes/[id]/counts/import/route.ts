import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseStockCountCsv } from "../../../../../../lib/spare-parts/stock"
import { SPARE_PARTS_MODULE } from "../../../../../../modules/spare-parts"
import SparePartsModuleService from "../../../../../../modules/spare-parts/service"
import { enterStocktakeCountsWorkflow } from "../../../../../../workflows/spare-parts/workflows/stocktakes"
import { auditContextFrom } from "../../../../../utils/audit-context"
import { loadStocktakeResponse } from "../../../helpers"
import { AdminImportStocktakeCountsType } from "../../../validators"

/**
 * Stock counts from a CSV (part_number,counted_quantity). A dry run reports every bad row with
 * its line and writes nothing; an import with any bad row is refused (400) and writes nothing.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportStocktakeCountsType>,
  res: MedusaResponse
) => {
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const stocktake = await spareParts.retrieveStocktake(req.params.id, { relations: ["lines"] })
  const parts = await spareParts.listSpareParts(
    { id: stocktake.lines.map((line) => line.part_id) },
    { select: ["id", "part_number"], take: null, withDeleted: true }
  )
  const partIdByNumber = new Map(parts.map((part) => [part.part_number, part.id]))
  const { rows, problems } = parseStockCountCsv(req.validatedBody.csv, partIdByNumber.keys())
  const counts = rows.map((row) => ({
    part_id: partIdByNumber.get(row.part_number)!,
    counted_quantity: row.counted_quantity,
  }))
  const preview = rows.map((row) => ({ line: row.line, part_number: row.part_number, counted_quantity: row.counted_quantity }))
  if (req.validatedBody.dry_run) {
    res.json({ dry_run: true, valid: !problems.length, problems, rows: preview })
    return
  }
  if (problems.length) {
    res.status(400).json({
      type: "invalid_data",
      message: `The file has ${problems.length} bad row(s); nothing was imported. ${problems
        .map((problem) => `Line ${problem.line}: ${problem.message}`)
        .join(" ")}`,
      problems,
    })
    return
  }
  await enterStocktakeCountsWorkflow(req.scope).run({
    input: { id: stocktake.id, counts, audit: auditContextFrom(req), source: "csv" },
  })
  res.json({
    dry_run: false,
    valid: true,
    problems: [],
    rows: preview,
    stocktake: await loadStocktakeResponse(req, stocktake.id),
  })
}
