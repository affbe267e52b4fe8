import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadStocktakeResponse } from "../../helpers"

/**
 * The variance report: every line with expected, counted and variance (and its value at the
 * part's unit cost), differing lines first. Hidden from counters of a blind count.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const stocktake = await loadStocktakeResponse(req, req.params.id)
  if (stocktake.expected_hidden) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Stocktake ${stocktake.number} is a blind count: its variances are shown only to users who may approve stocktakes.`
    )
  }
  const lines = stocktake.lines
    .map((line: any) => ({
      ...line,
      variance_value:
        line.variance !== null && line.unit_cost !== null
          ? Math.round(line.variance * Number(line.unit_cost) * 100) / 100
          : null,
    }))
    .sort(
      (a: any, b: any) =>
        Math.abs(b.variance ?? 0) - Math.abs(a.variance ?? 0) ||
        (a.part_number ?? "").localeCompare(b.part_number ?? "")
    )
  const { lines: _lines, ...header } = stocktake
  res.json({
    stocktake: header,
    lines,
    summary: {
      ...stocktake.summary,
      net_value:
        Math.round(lines.reduce((sum: number, line: any) => sum + (line.variance_value ?? 0), 0) * 100) / 100,
    },
  })
}
