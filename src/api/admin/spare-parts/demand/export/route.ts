import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bucketDemand, isoDate, periodGrid } from "../../../../../lib/spare-parts/demand-history"
import { SPARE_PARTS_MODULE } from "../../../../../modules/spare-parts"
import SparePartsModuleService from "../../../../../modules/spare-parts/service"
import { demandRange, loadDemandRows } from "../../parts-demand-helpers"
import { AdminExportDemandParamsType } from "../../parts-demand-validators"

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/**
 * Demand of every part (or the given parts) on one period grid, for forecasting outside the
 * product. CSV in the format `npm run forecast` reads: first column the part number, then one
 * column per period, oldest first. JSON adds the repair/sales split.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as unknown as AdminExportDemandParamsType
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  const partIds = params.part_id ? ([] as string[]).concat(params.part_id) : undefined
  const parts = await spareParts.listSpareParts(partIds ? { id: partIds } : {}, {
    select: ["id", "part_number"],
    order: { part_number: "ASC" },
    take: null,
  })
  const { from, to } = demandRange(params.period, params.from, params.to)
  const rows = await loadDemandRows(req.scope, { part_ids: parts.map((part) => part.id), from, to })
  const periods = periodGrid(from, to, params.period)
  const series = parts.map((part) => ({
    part_id: part.id,
    part_number: part.part_number,
    buckets: bucketDemand(
      rows.filter((row) => row.part_id === part.id),
      { period: params.period, from, to }
    ),
  }))
  if (params.format === "json") {
    res.json({
      period: params.period,
      from: isoDate(from),
      to: isoDate(to),
      periods,
      series: series.map(({ part_id, part_number, buckets }) => ({
        part_id,
        part_number,
        demand: buckets.map((bucket) => Math.max(0, bucket.total)),
        repair: buckets.map((bucket) => bucket.repair),
        sales: buckets.map((bucket) => bucket.sales),
      })),
    })
    return
  }
  const lines = [
    ["part_number", ...periods].map(csvCell).join(","),
    ...series.map(({ part_number, buckets }) =>
      [csvCell(part_number), ...buckets.map((bucket) => String(Math.max(0, bucket.total)))].join(",")
    ),
  ]
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="parts-demand-${params.period}-${isoDate(from)}-${isoDate(to)}.csv"`)
  res.send(lines.join("\n") + "\n")
}
